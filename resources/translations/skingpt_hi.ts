<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>वॉल्ट का बैकअप लें</translation>
    </message>
    <message>
        <source>The backup is one encrypted file with every patient, case, photo, conversation and report of this vault. Keep it away from this computer: to use a USB drive, choose a folder on it.</source>
        <translation>बैकअप एक एन्क्रिप्ट की गई फ़ाइल है, जिसमें इस वॉल्ट के सभी मरीज़, केस, फ़ोटो, बातचीत और रिपोर्ट होते हैं। इसे इस कंप्यूटर से दूर रखें: USB ड्राइव इस्तेमाल करने के लिए, उस पर कोई फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>यहाँ सहेजें(&amp;S):</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>बैकअप फ़ाइल</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>चुनें(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the folder and the name of the backup file</source>
        <translation>बैकअप फ़ाइल का फ़ोल्डर और नाम चुनें</translation>
    </message>
    <message>
        <source>&amp;Vault passphrase:</source>
        <translation>वॉल्ट पासफ़्रेज़(&amp;V):</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>वॉल्ट पासफ़्रेज़</translation>
    </message>
    <message>
        <source>&amp;Use a separate backup passphrase</source>
        <translation>बैकअप के लिए अलग पासफ़्रेज़ इस्तेमाल करें(&amp;U)</translation>
    </message>
    <message>
        <source>Without it the backup opens with the vault passphrase.</source>
        <translation>इसके बिना बैकअप वॉल्ट पासफ़्रेज़ से खुलता है।</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>बैकअप पासफ़्रेज़(&amp;P):</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>बैकअप पासफ़्रेज़</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>फिर से लिखें(&amp;R):</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>बैकअप पासफ़्रेज़ दोबारा</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>बैकअप लें(&amp;B)</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>%m में से %v रिकॉर्ड</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें(&amp;C)</translation>
    </message>
    <message>
        <source>Back up the vault to</source>
        <translation>वॉल्ट का बैकअप यहाँ लें</translation>
    </message>
    <message>
        <source>SkinGPT backups (*.skgbackup)</source>
        <translation>SkinGPT बैकअप (*.skgbackup)</translation>
    </message>
    <message>
        <source>A file named {name} is already there. Type another name, or pick it with Choose… to replace it.</source>
        <translation>{name} नाम की फ़ाइल पहले से मौजूद है। कोई दूसरा नाम लिखें, या उसे बदलने के लिए &quot;चुनें…&quot; से उसे चुनें।</translation>
    </message>
    <message>
        <source>Checking the vault passphrase, then writing the backup…</source>
        <translation>वॉल्ट पासफ़्रेज़ जाँचा जा रहा है, फिर बैकअप लिखा जाएगा…</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>बैकअप रद्द कर दिया गया; कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message numerus="yes">
        <source>Records backed up to {file}: %n.</source>
        <translation>
            <numerusform>{file} में बैकअप किए गए रिकॉर्ड: %n।</numerusform>
            <numerusform>{file} में बैकअप किए गए रिकॉर्ड: %n।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damaged records left out (they could not be read): %n.</source>
        <translation>
            <numerusform>छोड़े गए खराब रिकॉर्ड (इन्हें पढ़ा नहीं जा सका): %n।</numerusform>
            <numerusform>छोड़े गए खराब रिकॉर्ड (इन्हें पढ़ा नहीं जा सका): %n।</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase. No backup was written.</source>
        <translation>यह वॉल्ट का पासफ़्रेज़ नहीं है। कोई बैकअप नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>एक अनपेक्षित त्रुटि ({type})</translation>
    </message>
    <message>
        <source>No backup was written: {reason}.</source>
        <translation>कोई बैकअप नहीं लिखा गया: {reason}।</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>The camera cannot be used: Qt Multimedia is not available on this computer ({reason}). You can still take the photo with a phone or another camera app and add it with Add photo, drag and drop, or Paste.</source>
        <translation>कैमरा इस्तेमाल नहीं किया जा सकता: इस कंप्यूटर पर Qt Multimedia उपलब्ध नहीं है ({reason})। आप फिर भी फ़ोन या किसी दूसरे कैमरा ऐप से फ़ोटो ले सकते हैं और उसे फ़ोटो जोड़ें, ड्रैग और ड्रॉप, या पेस्ट करें से जोड़ सकते हैं।</translation>
    </message>
    <message>
        <source>No camera was found. Connect a camera (or allow camera access for this app in your system&apos;s privacy settings) and press Look again. You can also take the photo with a phone and add it with Add photo, drag and drop, or Paste.</source>
        <translation>कोई कैमरा नहीं मिला। कैमरा कनेक्ट करें (या अपने सिस्टम की निजता सेटिंग में इस ऐप को कैमरे की अनुमति दें) और फिर से खोजें दबाएँ। आप फ़ोन से भी फ़ोटो ले सकते हैं और उसे फ़ोटो जोड़ें, ड्रैग और ड्रॉप, या पेस्ट करें से जोड़ सकते हैं।</translation>
    </message>
    <message>
        <source>Hold the camera 10-20 cm from the skin, in even light.</source>
        <translation>कैमरे को त्वचा से 10-20 सेमी दूर, एक-सी रोशनी में पकड़ें।</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>फ़ोटो लें</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>कैमरा</translation>
    </message>
    <message>
        <source>The camera cannot be used</source>
        <translation>कैमरा इस्तेमाल नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation>कैमरे की स्थिति</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>फिर से खोजें(&amp;L)</translation>
    </message>
    <message>
        <source>Look for cameras again</source>
        <translation>कैमरे फिर से खोजें</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>फ़ोटो लें(&amp;T)</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>फ़ोटो लें</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>कैमरा(&amp;C):</translation>
    </message>
    <message>
        <source>Camera device</source>
        <translation>कैमरा डिवाइस</translation>
    </message>
    <message>
        <source>Live camera preview</source>
        <translation>कैमरे का लाइव प्रीव्यू</translation>
    </message>
    <message>
        <source>The camera is not ready yet; try again in a moment.</source>
        <translation>कैमरा अभी तैयार नहीं है; थोड़ी देर में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The camera reported a problem: {error}. Choose another camera or close other apps that use it.</source>
        <translation>कैमरे ने एक समस्या बताई: {error}। कोई दूसरा कैमरा चुनें या उसे इस्तेमाल कर रहे दूसरे ऐप बंद करें।</translation>
    </message>
    <message>
        <source>The photo could not be taken: {error}</source>
        <translation>फ़ोटो नहीं ली जा सकी: {error}</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>This model needs about {need} of memory but this computer has {have}. It may be very slow or fail to load: choose a smaller quantization of the same model (for example Q4_K_M instead of Q8_0), or offload layers to a GPU in Settings.</source>
        <translation>इस मॉडल को लगभग {need} मेमोरी चाहिए, लेकिन इस कंप्यूटर में {have} है। यह बहुत धीमा चल सकता है या लोड नहीं हो सकता: उसी मॉडल का छोटा क्वांटाइज़ेशन चुनें (जैसे Q8_0 के बजाय Q4_K_M), या सेटिंग में कुछ लेयर GPU पर भेजें।</translation>
    </message>
    <message>
        <source>A language model with its vision projector (two GGUF files), downloaded from huggingface.co/{repo} and installed as a model pack.</source>
        <translation>एक भाषा मॉडल और उसका विज़न प्रोजेक्टर (दो GGUF फ़ाइलें), जो huggingface.co/{repo} से डाउनलोड करके मॉडल पैक के रूप में इंस्टॉल किया जाता है।</translation>
    </message>
    <message>
        <source>A model pack you build on your own computer from the original weights.</source>
        <translation>एक मॉडल पैक जिसे आप मूल वेट से अपने कंप्यूटर पर बनाते हैं।</translation>
    </message>
    <message>
        <source>This license must be accepted before first use: the app asks you before it downloads anything.</source>
        <translation>पहली बार इस्तेमाल से पहले यह लाइसेंस स्वीकार करना ज़रूरी है: ऐप कुछ भी डाउनलोड करने से पहले आपसे पूछता है।</translation>
    </message>
    <message>
        <source>This license must be accepted before first use.</source>
        <translation>पहली बार इस्तेमाल से पहले यह लाइसेंस स्वीकार करना ज़रूरी है।</translation>
    </message>
    <message>
        <source>It fits in this computer’s memory.</source>
        <translation>यह इस कंप्यूटर की मेमोरी में समा जाता है।</translation>
    </message>
    <message>
        <source>about {photo} s per photo, {words} words per second (estimated from a short measurement)</source>
        <translation>प्रति फ़ोटो लगभग {photo} सेकंड, प्रति सेकंड {words} शब्द (एक छोटे माप से अनुमानित)</translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>इस कंप्यूटर पर:</translation>
    </message>
    <message>
        <source>Recommended for this computer</source>
        <translation>इस कंप्यूटर के लिए अनुशंसित</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>लगभग {size}</translation>
    </message>
    <message>
        <source>This model is installed: see Installed packs.</source>
        <translation>यह मॉडल इंस्टॉल है: “इंस्टॉल किए गए पैक” देखें।</translation>
    </message>
    <message>
        <source>Of this model&apos;s versions, this is the largest that fits this computer&apos;s memory.</source>
        <translation>इस मॉडल के संस्करणों में से, यह सबसे बड़ा है जो इस कंप्यूटर की मेमोरी में समा जाता है।</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>यह क्या है:</translation>
    </message>
    <message>
        <source>Good at:</source>
        <translation>किसमें अच्छा है:</translation>
    </message>
    <message>
        <source>Download size:</source>
        <translation>डाउनलोड का आकार:</translation>
    </message>
    <message>
        <source>This pack cannot be downloaded ready-made: build it on your computer by following the guide {guide} in the app&apos;s documentation, then use Import from folder.</source>
        <translation>यह पैक तैयार रूप में डाउनलोड नहीं किया जा सकता: ऐप के दस्तावेज़ में दी गई गाइड {guide} का पालन करके इसे अपने कंप्यूटर पर बनाएँ, फिर “फ़ोल्डर से इम्पोर्ट करें” चुनें।</translation>
    </message>
    <message>
        <source>Model catalogue</source>
        <translation>मॉडल कैटलॉग</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>कैटलॉग प्रविष्टि</translation>
    </message>
    <message>
        <source>Download and i&amp;nstall</source>
        <translation>डाउनलोड और इंस्टॉल करें(&amp;N)</translation>
    </message>
    <message>
        <source>{name} (installed)</source>
        <translation>{name} (इंस्टॉल है)</translation>
    </message>
    <message>
        <source>The catalogue has no entries.</source>
        <translation>कैटलॉग में कोई प्रविष्टि नहीं है।</translation>
    </message>
    <message>
        <source>A pack named &apos;{name}&apos; is already installed; remove it first to install it again.</source>
        <translation>&apos;{name}&apos; नाम का पैक पहले से इंस्टॉल है; इसे फिर से इंस्टॉल करने के लिए पहले इसे हटाएँ।</translation>
    </message>
    <message>
        <source>{name} cannot be downloaded ready-made.</source>
        <translation>{name} तैयार रूप में डाउनलोड नहीं किया जा सकता।</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the vault passphrase</source>
        <translation>वॉल्ट का पासफ़्रेज़ बदलें</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>मौजूदा पासफ़्रेज़(&amp;C):</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>मौजूदा पासफ़्रेज़</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>नया पासफ़्रेज़(&amp;N):</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>नया पासफ़्रेज़</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>नया फिर से लिखें(&amp;R):</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>नया पासफ़्रेज़ फिर से</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>बदलें(&amp;H)</translation>
    </message>
    <message>
        <source>Also re-&amp;encrypt every record under a new key (when the old passphrase may be known to someone; takes longer)</source>
        <translation>हर रिकॉर्ड को नई कुंजी से फिर से एन्क्रिप्ट भी करें(&amp;E) (जब पुराना पासफ़्रेज़ किसी को पता हो सकता है; अधिक समय लगता है)</translation>
    </message>
    <message>
        <source>This vault has a recovery key: it keeps working after the change.</source>
        <translation>इस वॉल्ट की पुनर्प्राप्ति कुंजी है: बदलाव के बाद भी यह काम करती रहेगी।</translation>
    </message>
    <message>
        <source>This vault has no recovery key: if the new passphrase is lost, nobody can open the vault.</source>
        <translation>इस वॉल्ट की कोई पुनर्प्राप्ति कुंजी नहीं है: नया पासफ़्रेज़ खो गया तो कोई भी वॉल्ट नहीं खोल पाएगा।</translation>
    </message>
    <message>
        <source>Changing the passphrase… (deriving the key takes a moment on purpose)</source>
        <translation>पासफ़्रेज़ बदला जा रहा है… (कुंजी बनाने में जानबूझकर थोड़ा समय लगता है)</translation>
    </message>
    <message>
        <source>Re-encrypting the records… {done} of {total}</source>
        <translation>रिकॉर्ड फिर से एन्क्रिप्ट हो रहे हैं… {total} में से {done}</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s current passphrase. Nothing was changed.</source>
        <translation>यह वॉल्ट का मौजूदा पासफ़्रेज़ नहीं है। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The passphrase was not changed: {reason}</source>
        <translation>पासफ़्रेज़ नहीं बदला गया: {reason}</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>नई रिकवरी कुंजी</translation>
    </message>
    <message>
        <source>The old recovery key no longer works. The new one is:

{key}

Write it down now and keep it safe: it is shown only this once.</source>
        <translation>पुरानी रिकवरी कुंजी अब काम नहीं करती। नई कुंजी यह है:

{key}

इसे अभी लिख लें और सुरक्षित रखें: यह केवल इसी बार दिखाई जाती है।</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Looking at the photo…</source>
        <translation>फ़ोटो देखी जा रही है…</translation>
    </message>
    <message>
        <source>Writing the answer… (Esc stops it)</source>
        <translation>उत्तर लिखा जा रहा है… (Esc दबाने पर रुक जाएगा)</translation>
    </message>
    <message>
        <source>1 token in {seconds} s ({rate} tokens/s)</source>
        <translation>{seconds} सेकंड में 1 टोकन ({rate} टोकन/सेकंड)</translation>
    </message>
    <message>
        <source>{tokens} tokens in {seconds} s ({rate} tokens/s)</source>
        <translation>{seconds} सेकंड में {tokens} टोकन ({rate} टोकन/सेकंड)</translation>
    </message>
    <message>
        <source>(speculative decoding: {percent} % of the proposed tokens kept)</source>
        <translation>(सट्टा डिकोडिंग: सुझाए गए टोकनों में से {percent} % रखे गए)</translation>
    </message>
    <message>
        <source>Stopped. {speed}</source>
        <translation>रोक दिया गया। {speed}</translation>
    </message>
    <message>
        <source>Largest pause of the window while answering: {ms} ms</source>
        <translation>उत्तर देते समय विंडो का सबसे लंबा ठहराव: {ms} ms</translation>
    </message>
    <message>
        <source>The answer could not be generated ({type}).</source>
        <translation>उत्तर नहीं बनाया जा सका ({type})।</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>रोक दिया गया।</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Model output, not a diagnosis</source>
        <translation>मॉडल का आउटपुट, निदान नहीं</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Not a diagnosis.</source>
        <translation>निदान नहीं।</translation>
    </message>
    <message>
        <source>Read the full disclaimer</source>
        <translation>पूरा अस्वीकरण पढ़ें</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>चिकित्सा अस्वीकरण</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>बातचीत की स्थिति</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>केस का विवरण</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>Generation status</source>
        <translation>उत्तर बनने की स्थिति</translation>
    </message>
    <message>
        <source>Ask: {prompt} (Ctrl+{number})</source>
        <translation>पूछें: {prompt} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Ask clinical question {number}</source>
        <translation>नैदानिक सवाल {number} पूछें</translation>
    </message>
    <message>
        <source>Ask &amp;all four</source>
        <translation>चारों पूछें(&amp;A)</translation>
    </message>
    <message>
        <source>Ask the four clinical questions in order (Ctrl+Shift+A)</source>
        <translation>चारों नैदानिक सवाल क्रम से पूछें (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Ask all four clinical questions</source>
        <translation>चारों नैदानिक सवाल पूछें</translation>
    </message>
    <message>
        <source>Ask about the selected photo…</source>
        <translation>चुनी गई फ़ोटो के बारे में पूछें…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>सवाल</translation>
    </message>
    <message>
        <source>As&amp;k</source>
        <translation>पूछें(&amp;K)</translation>
    </message>
    <message>
        <source>Ask question</source>
        <translation>सवाल पूछें</translation>
    </message>
    <message>
        <source>Ask the question (Enter)</source>
        <translation>सवाल पूछें (Enter)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>रोकें(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>उत्तर रोकें</translation>
    </message>
    <message>
        <source>Stop the answer being written (Esc)</source>
        <translation>लिखा जा रहा उत्तर रोकें (Esc)</translation>
    </message>
    <message>
        <source>Add a photo, then ask a question or use one of the clinical prompts below. Answers are written by the model pack shown above each answer.</source>
        <translation>एक फ़ोटो जोड़ें, फिर कोई सवाल पूछें या नीचे दिए नैदानिक सवालों में से कोई एक इस्तेमाल करें। उत्तर वह मॉडल पैक लिखता है जो हर उत्तर के ऊपर दिखाया गया है।</translation>
    </message>
    <message>
        <source>About photo {number} ({view})</source>
        <translation>फ़ोटो {number} के बारे में ({view})</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>आप:</translation>
    </message>
    <message>
        <source>pack: {pack}</source>
        <translation>पैक: {pack}</translation>
    </message>
    <message>
        <source>unknown pack</source>
        <translation>अज्ञात पैक</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} घंटे {minutes} मिनट</translation>
    </message>
    <message>
        <source>Evaluate a pack</source>
        <translation>पैक का मूल्यांकन करें</translation>
    </message>
    <message>
        <source>Measure how often each pack names the label of your own labelled photos. The results stay where you choose: encrypted in the vault, or in a folder; nothing leaves this computer.</source>
        <translation>मापें कि हर पैक आपकी अपनी लेबल की गई फ़ोटो का लेबल कितनी बार बताता है। परिणाम वहीं रहते हैं जहाँ आप चुनें: वॉल्ट में एन्क्रिप्ट करके, या किसी फ़ोल्डर में; इस कंप्यूटर से कुछ बाहर नहीं जाता।</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>डेटासेट(&amp;D):</translation>
    </message>
    <message>
        <source>A folder of class folders, or a CSV or JSON list</source>
        <translation>हर वर्ग के फ़ोल्डर वाला एक फ़ोल्डर, या CSV या JSON सूची</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>डेटासेट</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>फ़ोल्डर(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;List…</source>
        <translation>सूची(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Packs:</source>
        <translation>पैक(&amp;P):</translation>
    </message>
    <message>
        <source>Packs to evaluate</source>
        <translation>मूल्यांकन के लिए पैक</translation>
    </message>
    <message>
        <source>&amp;Runs per photo:</source>
        <translation>हर फ़ोटो पर रन(&amp;R):</translation>
    </message>
    <message>
        <source>One greedy answer gives the accuracy; more runs, sampled, measure consistency.</source>
        <translation>एक ग्रीडी उत्तर सटीकता देता है; ज़्यादा रन, सैंपल किए हुए, निरंतरता मापते हैं।</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>सीड(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Keep the results:</source>
        <translation>परिणाम &amp;रखें:</translation>
    </message>
    <message>
        <source>Encrypted in the vault</source>
        <translation>वॉल्ट में एन्क्रिप्ट करके</translation>
    </message>
    <message>
        <source>In a folder</source>
        <translation>किसी फ़ोल्डर में</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>आउटपुट फ़ोल्डर(&amp;O):</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>आउटपुट फ़ोल्डर</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>चुनें(&amp;H)…</translation>
    </message>
    <message>
        <source>In the &amp;vault:</source>
        <translation>&amp;वॉल्ट में:</translation>
    </message>
    <message>
        <source>Evaluations kept in the vault</source>
        <translation>वॉल्ट में रखे मूल्यांकन</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>दि&amp;खाएँ</translation>
    </message>
    <message>
        <source>Show a finished evaluation; a stopped one fills in its settings, for Resume</source>
        <translation>पूरा मूल्यांकन दिखाता है; रुका हुआ मूल्यांकन फिर शुरू करने के लिए अपनी सेटिंग भर देता है</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>शुरू करें(&amp;S)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>रोका जा रहा है…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(अभी कोई नहीं)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>पूरा</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n answers</source>
        <translation>
            <numerusform>%n उत्तर के बाद रुका</numerusform>
            <numerusform>%n उत्तरों के बाद रुका</numerusform>
        </translation>
    </message>
    <message>
        <source>Its settings are filled in: press Resume to continue it.</source>
        <translation>इसकी सेटिंग भर दी गई है: जारी रखने के लिए फिर शुरू करें दबाएँ।</translation>
    </message>
    <message>
        <source>Delete evaluation</source>
        <translation>मूल्यांकन हटाएँ</translation>
    </message>
    <message>
        <source>Delete this evaluation and all its answers from the vault? This cannot be undone.</source>
        <translation>क्या यह मूल्यांकन और इसके सभी उत्तर वॉल्ट से हटाएँ? इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>The evaluation was deleted.</source>
        <translation>मूल्यांकन हटा दिया गया।</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>रिपोर्ट के लिए फ़ोल्डर</translation>
    </message>
    <message>
        <source>The report, results.json and cases.csv are in {out}.</source>
        <translation>रिपोर्ट, results.json और cases.csv {out} में हैं।</translation>
    </message>
    <message>
        <source>No program opened {page}; open it from its folder.</source>
        <translation>किसी प्रोग्राम ने {page} नहीं खोला; इसे इसके फ़ोल्डर से खोलें।</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>फिर से शुरू करें(&amp;U)</translation>
    </message>
    <message>
        <source>Continue a stopped evaluation: the one in the output folder, or in the vault the one of the same dataset, packs, runs and seed</source>
        <translation>रुका हुआ मूल्यांकन जारी रखें: आउटपुट फ़ोल्डर वाला, या वॉल्ट में उसी डेटासेट, पैक, रन और सीड वाला</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>रिपोर्ट &amp;सहेजें…</translation>
    </message>
    <message>
        <source>Write report.html, report.pdf, results.json and cases.csv into a folder you choose</source>
        <translation>report.html, report.pdf, results.json और cases.csv आपके चुने फ़ोल्डर में लिखें</translation>
    </message>
    <message>
        <source>Open report.html, with the plots; report.pdf is beside it</source>
        <translation>ग्राफ़ के साथ report.html खोलें; report.pdf उसी के पास है</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>ब्राउज़र में खोलें(&amp;B)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>रोकें(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें(&amp;C)</translation>
    </message>
    <message>
        <source>Dataset: a folder of class folders</source>
        <translation>डेटासेट: हर वर्ग के फ़ोल्डर वाला एक फ़ोल्डर</translation>
    </message>
    <message>
        <source>Dataset: a list of photos</source>
        <translation>डेटासेट: फ़ोटो की सूची</translation>
    </message>
    <message>
        <source>Case lists (*.csv *.json)</source>
        <translation>केस सूचियाँ (*.csv *.json)</translation>
    </message>
    <message>
        <source>Folder for the results</source>
        <translation>नतीजों के लिए फ़ोल्डर</translation>
    </message>
    <message>
        <source>The output folder already holds an evaluation: press Resume to continue it, or choose another folder.</source>
        <translation>आउटपुट फ़ोल्डर में पहले से एक मूल्यांकन है: उसे जारी रखने के लिए फिर से शुरू करें दबाएँ, या कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Loading the dataset and the first pack…</source>
        <translation>डेटासेट और पहला पैक लोड हो रहा है…</translation>
    </message>
    <message>
        <source>{pack} (pack {index} of {count}): {done} of {total} answers</source>
        <translation>{pack} ({count} में से पैक {index}): {total} में से {done} उत्तर</translation>
    </message>
    <message>
        <source>{progress}, about {time} left</source>
        <translation>{progress}, लगभग {time} बाकी</translation>
    </message>
    <message>
        <source>Done. The report, results.json and cases.csv are in {out}.</source>
        <translation>हो गया। रिपोर्ट, results.json और cases.csv {out} में हैं।</translation>
    </message>
    <message>
        <source>Done. The results are kept encrypted in the vault; Save report… writes them into a folder.</source>
        <translation>हो गया। परिणाम वॉल्ट में एन्क्रिप्ट करके रखे गए हैं; रिपोर्ट सहेजें… उन्हें किसी फ़ोल्डर में लिखता है।</translation>
    </message>
    <message>
        <source>Stopped. The answers so far are kept: press Resume to continue.</source>
        <translation>रुक गया। अब तक के उत्तर सहेजे गए हैं: जारी रखने के लिए फिर से शुरू करें दबाएँ।</translation>
    </message>
    <message>
        <source>{pack} needs its license accepted first: load it once from Model packs to read and accept it.</source>
        <translation>{pack} का लाइसेंस पहले स्वीकार करना होगा: उसे पढ़ने और स्वीकार करने के लिए मॉडल पैक से इसे एक बार लोड करें।</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>एक अनपेक्षित त्रुटि ({type})</translation>
    </message>
    <message>
        <source>The evaluation stopped: {reason}.</source>
        <translation>मूल्यांकन रुक गया: {reason}।</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>Pack evaluation on your own cases</source>
        <translation>आपके अपने मामलों पर पैक का मूल्यांकन</translation>
    </message>
    <message>
        <source>This measures how often each pack&apos;s description names the labelled condition on these photos. It is not a clinical validation: the numbers hold for these cases and labels only.</source>
        <translation>यह मापता है कि हर पैक का विवरण इन फ़ोटो पर लेबल की गई स्थिति का कितनी बार नाम लेता है। यह नैदानिक सत्यापन नहीं है: ये आँकड़े केवल इन्हीं मामलों और लेबलों पर लागू होते हैं।</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>मामले</translation>
    </message>
    <message>
        <source>Top-1 accuracy</source>
        <translation>टॉप-1 सटीकता</translation>
    </message>
    <message>
        <source>Top-3 accuracy</source>
        <translation>टॉप-3 सटीकता</translation>
    </message>
    <message>
        <source>Consistency across runs</source>
        <translation>रनों के बीच संगति</translation>
    </message>
    <message>
        <source>n/a (one run)</source>
        <translation>लागू नहीं (एक रन)</translation>
    </message>
    <message>
        <source>Worst skin-type group (top-1)</source>
        <translation>सबसे कमज़ोर त्वचा-प्रकार समूह (टॉप-1)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>{group}: {value} % ({gap} points below the best)</source>
        <translation>{group}: {value} % (सबसे अच्छे से {gap} अंक कम)</translation>
    </message>
    <message>
        <source>{value} % (95 % CI {low}-{high}, n = {n})</source>
        <translation>{value} % (95 % CI {low}-{high}, n = {n})</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>McNemar: {b} cases right only with the first, {c} only with the second; p = {p}</source>
        <translation>McNemar: {b} मामले केवल पहले से सही, {c} केवल दूसरे से; p = {p}</translation>
    </message>
    <message>
        <source>Rows not used ({count})</source>
        <translation>उपयोग न की गई पंक्तियाँ ({count})</translation>
    </message>
    <message>
        <source>No plots: this installation has no matplotlib (the installed app leaves it out); run the evaluation from a source install for them. The figures above are complete.</source>
        <translation>कोई प्लॉट नहीं: इस इंस्टॉलेशन में matplotlib नहीं है (इंस्टॉल किया गया ऐप इसे शामिल नहीं करता); प्लॉट के लिए मूल्यांकन सोर्स इंस्टॉल से चलाएँ। ऊपर के आँकड़े पूरे हैं।</translation>
    </message>
    <message>
        <source>{pack}: confusion matrix</source>
        <translation>{pack}: भ्रम मैट्रिक्स</translation>
    </message>
    <message>
        <source>answer (first run, top 1)</source>
        <translation>उत्तर (पहला रन, टॉप 1)</translation>
    </message>
    <message>
        <source>label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>{pack}: accuracy by skin type</source>
        <translation>{pack}: त्वचा-प्रकार के अनुसार सटीकता</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>फ़िट्ज़पैट्रिक त्वचा प्रकार</translation>
    </message>
    <message>
        <source>top-1 accuracy (95 % CI)</source>
        <translation>टॉप-1 सटीकता (95 % CI)</translation>
    </message>
    <message>
        <source>SkinGPT Desktop {version} · pack evaluation · page {page} of {pages}</source>
        <translation>SkinGPT Desktop {version} · पैक मूल्यांकन · पृष्ठ {page} / {pages}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to SkinGPT Desktop</source>
        <translation>SkinGPT Desktop में आपका स्वागत है</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>ऐप की भाषा</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>चिकित्सा अस्वीकरण</translation>
    </message>
    <message>
        <source>I have read and understood: SkinGPT Desktop gives information, &amp;not a diagnosis.</source>
        <translation>मैंने पढ़ और समझ लिया है: SkinGPT Desktop जानकारी देता है, निदान नहीं(&amp;N)।</translation>
    </message>
    <message>
        <source>Accept the medical disclaimer</source>
        <translation>चिकित्सा अस्वीकरण स्वीकार करें</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>जारी रखें(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Create your encrypted vault&lt;/h3&gt;&lt;p&gt;Photos, patients and conversations are stored only on this computer, encrypted with a key made from your passphrase. Choose a passphrase of several random words.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;अपना एन्क्रिप्टेड वॉल्ट बनाएँ&lt;/h3&gt;&lt;p&gt;फ़ोटो, मरीज़ों की जानकारी और बातचीत केवल इसी कंप्यूटर पर रखी जाती हैं, और आपके पासफ़्रेज़ से बनी कुंजी से एन्क्रिप्ट की जाती हैं। कई बेतरतीब शब्दों वाला पासफ़्रेज़ चुनें।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>पासफ़्रेज़(&amp;P):</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>नया पासफ़्रेज़</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>दोबारा लिखें(&amp;R):</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>पासफ़्रेज़ दोबारा लिखें</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>मज़बूती:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>पासफ़्रेज़ की मज़बूती</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>पासफ़्रेज़ के बारे में सलाह</translation>
    </message>
    <message>
        <source>Also create a &amp;recovery key (recommended)</source>
        <translation>पुनर्प्राप्ति कुंजी भी बनाएँ (सुझाया गया)(&amp;E)</translation>
    </message>
    <message>
        <source>Without the passphrase or the recovery key the data in this vault cannot be recovered by anyone, including the makers of SkinGPT Desktop.</source>
        <translation>पासफ़्रेज़ या पुनर्प्राप्ति कुंजी के बिना इस वॉल्ट का डेटा कोई भी वापस नहीं पा सकता, SkinGPT Desktop के निर्माता भी नहीं।</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>वॉल्ट की स्थिति</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>वॉल्ट बनाएँ(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your recovery key&lt;/h3&gt;&lt;p&gt;This key opens the vault if you forget the passphrase. It is shown &lt;b&gt;only now&lt;/b&gt;: write it down or print it and keep it somewhere safe, away from this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;आपकी पुनर्प्राप्ति कुंजी&lt;/h3&gt;&lt;p&gt;पासफ़्रेज़ भूल जाने पर यह कुंजी वॉल्ट खोलती है। यह &lt;b&gt;केवल अभी&lt;/b&gt; दिखाई जा रही है: इसे लिख लें या प्रिंट कर लें और इस कंप्यूटर से दूर किसी सुरक्षित जगह पर रखें।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>पुनर्प्राप्ति कुंजी</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>कॉपी करें(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>फ़ाइल में सहेजें(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें(&amp;P)…</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down or stored it safely</source>
        <translation>मैंने पुनर्प्राप्ति कुंजी लिख ली है या सुरक्षित रख ली है(&amp;W)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Choose a model pack&lt;/h3&gt;&lt;p&gt;A model pack holds the SkinGPT-4 model converted for this app. Import one from a folder or USB drive, or download one. You can also do this later from the Model menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;मॉडल पैक चुनें&lt;/h3&gt;&lt;p&gt;मॉडल पैक में इस ऐप के लिए बदला गया SkinGPT-4 मॉडल होता है। इसे किसी फ़ोल्डर या USB ड्राइव से इम्पोर्ट करें, या डाउनलोड करें। आप यह बाद में मॉडल मेनू से भी कर सकते हैं।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Installed model packs</source>
        <translation>इंस्टॉल किए गए मॉडल पैक</translation>
    </message>
    <message>
        <source>&amp;Install or manage packs…</source>
        <translation>पैक इंस्टॉल या प्रबंधित करें(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>समाप्त करें(&amp;F)</translation>
    </message>
    <message>
        <source>Creating your encrypted vault… (deriving the key takes a moment on purpose)</source>
        <translation>आपका एन्क्रिप्टेड वॉल्ट बनाया जा रहा है… (कुंजी बनाने में जान-बूझकर थोड़ा समय लगता है)</translation>
    </message>
    <message>
        <source>The vault could not be created: {reason}</source>
        <translation>वॉल्ट नहीं बनाया जा सका: {reason}</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>पुनर्प्राप्ति कुंजी सहेजें</translation>
    </message>
    <message>
        <source>SkinGPT recovery key.txt</source>
        <comment>file name</comment>
        <translation>SkinGPT पुनर्प्राप्ति कुंजी.txt</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <comment>file type filter: keep (*.txt)</comment>
        <translation>टेक्स्ट (*.txt)</translation>
    </message>
    <message>
        <source>The recovery key was not saved: {reason}</source>
        <translation>पुनर्प्राप्ति कुंजी सहेजी नहीं गई: {reason}</translation>
    </message>
    <message>
        <source>Saved to {file}. Move it off this computer (a USB stick, a printout) and keep it safe.</source>
        <translation>{file} में सहेजी गई। इसे इस कंप्यूटर से हटाकर (USB स्टिक या प्रिंटआउट में) सुरक्षित जगह रखें।</translation>
    </message>
    <message>
        <source>The recovery key was sent to the printer.</source>
        <translation>पुनर्प्राप्ति कुंजी प्रिंटर को भेज दी गई।</translation>
    </message>
    <message>
        <source>Looking for model packs…</source>
        <translation>मॉडल पैक खोजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>No model pack installed yet.</source>
        <translation>अभी तक कोई मॉडल पैक इंस्टॉल नहीं है।</translation>
    </message>
    <message>
        <source>The installed packs could not be listed ({type}).</source>
        <translation>इंस्टॉल किए गए पैक की सूची नहीं बन सकी ({type})।</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Quit SkinGPT Desktop?</source>
        <translation>SkinGPT Desktop बंद करें?</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Compare visits of this spot</source>
        <translation>इस जगह की विज़िट की तुलना करें</translation>
    </message>
    <message>
        <source>&amp;Change since the earlier visit:</source>
        <translation>पिछली विज़िट से बदलाव(&amp;C):</translation>
    </message>
    <message>
        <source>e.g. larger, edge now irregular</source>
        <translation>जैसे बड़ा हुआ, किनारा अब असमान</translation>
    </message>
    <message>
        <source>Change since the earlier visit</source>
        <translation>पिछली विज़िट से बदलाव</translation>
    </message>
    <message>
        <source>Sa&amp;ve note</source>
        <translation>नोट सहेजें(&amp;V)</translation>
    </message>
    <message>
        <source>Question about both photos</source>
        <translation>दोनों फ़ोटो के बारे में प्रश्न</translation>
    </message>
    <message>
        <source>&amp;Ask about both photos</source>
        <translation>दोनों फ़ोटो के बारे में पूछें(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>रोकें(&amp;T)</translation>
    </message>
    <message>
        <source>Earlier visit</source>
        <translation>पिछली विज़िट</translation>
    </message>
    <message>
        <source>Later visit</source>
        <translation>बाद की विज़िट</translation>
    </message>
    <message>
        <source>Loading the visits…</source>
        <translation>विज़िट लोड हो रही हैं…</translation>
    </message>
    <message>
        <source>This visit is not linked to another one yet: edit a later case and choose this one under Same spot as.</source>
        <translation>यह विज़िट अभी किसी दूसरी विज़िट से जुड़ी नहीं है: बाद का कोई केस बदलें और &quot;इसी जगह की:&quot; में इसे चुनें।</translation>
    </message>
    <message>
        <source>Change noted: {note}</source>
        <translation>दर्ज बदलाव: {note}</translation>
    </message>
    <message>
        <source>Model output, not a diagnosis</source>
        <translation>मॉडल का आउटपुट, निदान नहीं</translation>
    </message>
    <message numerus="yes">
        <source>{earlier} → {later} · days between the visits: %n</source>
        <translation>
            <numerusform>{earlier} → {later} · विज़िट के बीच दिन: %n</numerusform>
            <numerusform>{earlier} → {later} · विज़िट के बीच दिन: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The change note was saved.</source>
        <translation>बदलाव का नोट सहेज लिया गया।</translation>
    </message>
    <message>
        <source>Both photos answered.</source>
        <translation>दोनों फ़ोटो के उत्तर मिल गए।</translation>
    </message>
    <message>
        <source>Asking about the photo of {date}…</source>
        <translation>{date} की फ़ोटो के बारे में पूछा जा रहा है…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>रोक दिया गया।</translation>
    </message>
    <message>
        <source>Load a model pack to ask about the photos</source>
        <translation>फ़ोटो के बारे में पूछने के लिए मॉडल पैक लोड करें</translation>
    </message>
</context>
<context>
    <name>Installer</name>
    <message>
        <source>{name}: only packs installed in the app&apos;s packs folder can be removed here</source>
        <translation>{name}: यहाँ केवल वही पैक हटाए जा सकते हैं जो ऐप के पैक फ़ोल्डर में इंस्टॉल हैं</translation>
    </message>
    <message>
        <source>{where}: pack name &apos;{name}&apos; cannot be used as a folder name</source>
        <translation>{where}: पैक का नाम &apos;{name}&apos; फ़ोल्डर के नाम के रूप में इस्तेमाल नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>{folder}: no {manifest} here; choose the pack&apos;s folder</source>
        <translation>{folder}: यहाँ कोई {manifest} नहीं है; पैक का फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>a pack named &apos;{name}&apos; is already installed</source>
        <translation>&apos;{name}&apos; नाम का पैक पहले से इंस्टॉल है</translation>
    </message>
    <message>
        <source>{file}: missing (the pack folder is incomplete)</source>
        <translation>{file}: मौजूद नहीं है (पैक का फ़ोल्डर अधूरा है)</translation>
    </message>
    <message>
        <source>{file}: size is {size} bytes, the manifest says {expected}</source>
        <translation>{file}: आकार {size} बाइट है, जबकि मैनिफ़ेस्ट में {expected} लिखा है</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the manifest (damaged or altered file); nothing was installed</source>
        <translation>{file}: SHA-256 मैनिफ़ेस्ट से मेल नहीं खाता (फ़ाइल खराब है या बदली गई है); कुछ भी इंस्टॉल नहीं किया गया</translation>
    </message>
    <message>
        <source>Cannot reach {host}: {reason}. This computer seems to be offline or a firewall blocks the connection. Connect to the internet and try again, or copy the pack from another computer and use Import from folder.</source>
        <translation>{host} से संपर्क नहीं हो सका: {reason}। लगता है यह कंप्यूटर ऑफ़लाइन है या कोई फ़ायरवॉल कनेक्शन रोक रहा है। इंटरनेट से कनेक्ट करके फिर से कोशिश करें, या पैक को किसी दूसरे कंप्यूटर से कॉपी करें और फ़ोल्डर से इम्पोर्ट करें इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be looked up</source>
        <translation>सर्वर का नाम नहीं मिल सका</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>{seconds} सेकंड में कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>कनेक्शन अस्वीकार कर दिया गया</translation>
    </message>
    <message>
        <source>{name} was not found (HTTP 404): check the repository id and that it holds a SkinGPT Desktop model pack</source>
        <translation>{name} नहीं मिला (HTTP 404): रिपॉज़िटरी id जाँचें, और यह भी कि उसमें SkinGPT Desktop का मॉडल पैक है</translation>
    </message>
    <message>
        <source>access to {name} was refused (HTTP {code}): the repository is private or gated; download it in a browser after accepting its terms, then import it</source>
        <translation>{name} तक पहुँच की अनुमति नहीं मिली (HTTP {code}): रिपॉज़िटरी निजी है या उस तक पहुँच सीमित है; उसकी शर्तें स्वीकार करने के बाद उसे ब्राउज़र में डाउनलोड करें, फिर इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>the server answered HTTP {code} for {name}; try again later</source>
        <translation>सर्वर ने {name} के लिए HTTP {code} लौटाया; बाद में फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a repository id (expected owner/name)</source>
        <translation>&apos;{repo}&apos; रिपॉज़िटरी id नहीं है (owner/name के रूप में होनी चाहिए)</translation>
    </message>
    <message>
        <source>{repo}: {manifest} is too large to be a pack manifest</source>
        <translation>{repo}: {manifest} पैक का मैनिफ़ेस्ट होने के लिए बहुत बड़ा है</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the pack manifest; the download was damaged or altered and has been deleted. Nothing was installed.</source>
        <translation>{file}: SHA-256 पैक के मैनिफ़ेस्ट से मेल नहीं खाता; डाउनलोड खराब हो गया था या बदला गया था, इसलिए उसे मिटा दिया गया है। कुछ भी इंस्टॉल नहीं किया गया।</translation>
    </message>
    <message>
        <source>{file}: the connection was lost after {have} of {size} bytes ({error}); press Download again to resume from there</source>
        <translation>{file}: {size} में से {have} बाइट के बाद कनेक्शन टूट गया ({error}); वहीं से जारी रखने के लिए डाउनलोड फिर से दबाएँ</translation>
    </message>
    <message>
        <source>Downloads are switched off on this computer (the HF_HUB_OFFLINE setting). Unset it to download, or copy the pack from another computer and use Import from folder.</source>
        <translation>इस कंप्यूटर पर डाउनलोड बंद हैं (HF_HUB_OFFLINE सेटिंग)। डाउनलोड करने के लिए इसे हटाएँ, या पैक को किसी दूसरे कंप्यूटर से कॉपी करें और फ़ोल्डर से इम्पोर्ट करें इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Not enough free disk space in {folder}: the download needs {need} and {free} are free. Free some space and try again.</source>
        <translation>{folder} में पर्याप्त खाली डिस्क स्थान नहीं है: डाउनलोड को {need} चाहिए और {free} खाली है। कुछ जगह खाली करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>{file}: cannot write the download ({error})</source>
        <translation>{file}: डाउनलोड लिखा नहीं जा सका ({error})</translation>
    </message>
    <message>
        <source>{file}: Hugging Face publishes no hash for this file, so it cannot be checked; nothing was installed</source>
        <translation>{file}: Hugging Face इस फ़ाइल का कोई हैश प्रकाशित नहीं करता, इसलिए इसकी जाँच नहीं हो सकती; कुछ भी इंस्टॉल नहीं किया गया</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the hash Hugging Face publishes; the download was damaged or altered and has been deleted. Nothing was installed.</source>
        <translation>{file}: SHA-256 Hugging Face के प्रकाशित हैश से मेल नहीं खाता; डाउनलोड खराब हो गया था या बदला गया था, इसलिए उसे मिटा दिया गया है। कुछ भी इंस्टॉल नहीं किया गया।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be downloaded: it is not a plain file path inside the repository</source>
        <translation>‘{name}’ डाउनलोड नहीं किया जा सकता: यह रिपॉज़िटरी के अंदर किसी सामान्य फ़ाइल का पथ नहीं है</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <source>Accept the license</source>
        <translation>लाइसेंस स्वीकार करें</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>स्वीकार करें(&amp;A)</translation>
    </message>
    <message>
        <source>{model} is provided under its own license, which you must accept before you download and use it.</source>
        <translation>{model} अपने अलग लाइसेंस के तहत दिया जाता है, जिसे डाउनलोड और इस्तेमाल करने से पहले आपको स्वीकार करना होगा।</translation>
    </message>
    <message>
        <source>Read the license on the model’s page before accepting.</source>
        <translation>स्वीकार करने से पहले मॉडल के पेज पर लाइसेंस पढ़ें।</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>लाइसेंस:</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>इच्छित उपयोग:</translation>
    </message>
    <message>
        <source>Known limits:</source>
        <translation>ज्ञात सीमाएँ:</translation>
    </message>
    <message>
        <source>{pack} may only be used under its license&apos;s terms. Read them and accept them to use this model pack.</source>
        <translation>{pack} का उपयोग केवल उसके लाइसेंस की शर्तों के अनुसार किया जा सकता है। इस मॉडल पैक का उपयोग करने के लिए उन्हें पढ़ें और स्वीकार करें।</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The vault is locked</source>
        <translation>वॉल्ट लॉक है</translation>
    </message>
    <message>
        <source>Patients, photos and conversations are encrypted. Enter your passphrase to open them.</source>
        <translation>मरीज़, फ़ोटो और बातचीत एन्क्रिप्टेड हैं। इन्हें खोलने के लिए अपना पासफ़्रेज़ लिखें।</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>इसके बजाय पुनर्प्राप्ति कुंजी इस्तेमाल करें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>अनलॉक करें(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>वॉल्ट अनलॉक करें</translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation>अनलॉक की स्थिति</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock चालू है।</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>पुनर्प्राप्ति कुंजी(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>पासफ़्रेज़(&amp;P):</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>पुनर्प्राप्ति कुंजी</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <source>Unlocking… (deriving the key takes a moment on purpose)</source>
        <translation>अनलॉक किया जा रहा है… (कुंजी बनाने में जान-बूझकर थोड़ा समय लगता है)</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Compare it with the saved or printed copy and try again. Nothing was changed.</source>
        <translation>यह पुनर्प्राप्ति कुंजी इस वॉल्ट को नहीं खोलती। इसे सहेजी या छपी हुई कॉपी से मिलाएँ और फिर से कोशिश करें। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check the spelling and whether Caps Lock is on, then try again. Nothing was changed.</source>
        <translation>यह पासफ़्रेज़ इस वॉल्ट को नहीं खोलता। वर्तनी जाँचें और देखें कि Caps Lock चालू तो नहीं है, फिर से कोशिश करें। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The vault could not be opened: {reason}</source>
        <translation>वॉल्ट नहीं खोला जा सका: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Add a photo from a file</source>
        <translation>फ़ाइल से फ़ोटो जोड़ें</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>फ़ोटो पेस्ट करें</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>कैमरा</translation>
    </message>
    <message>
        <source>Ask clinical question 1 to 4</source>
        <translation>नैदानिक सवाल 1 से 4 पूछें</translation>
    </message>
    <message>
        <source>Ask all four clinical questions</source>
        <translation>चारों नैदानिक सवाल पूछें</translation>
    </message>
    <message>
        <source>Go to the question box</source>
        <translation>सवाल वाले बॉक्स पर जाएँ</translation>
    </message>
    <message>
        <source>Stop the answer being written</source>
        <translation>लिखा जा रहा उत्तर रोकें</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>केस सहेजें</translation>
    </message>
    <message>
        <source>Report: warning signs, summary, PDFs</source>
        <translation>रिपोर्ट: चेतावनी संकेत, सारांश, PDF</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>नया केस</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>केस खोजें</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>वॉल्ट लॉक करें</translation>
    </message>
    <message>
        <source>Model packs</source>
        <translation>मॉडल पैक</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Loading the vision model</source>
        <translation>विज़न मॉडल लोड किया जा रहा है</translation>
    </message>
    <message>
        <source>Loading the language model</source>
        <translation>भाषा मॉडल लोड किया जा रहा है</translation>
    </message>
    <message>
        <source>Measuring whether speculative decoding is faster on this computer</source>
        <translation>माप रहे हैं कि क्या इस कंप्यूटर पर स्पेक्युलेटिव डिकोडिंग तेज़ है</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>यह इंस्टॉलेशन</translation>
    </message>
    <message>
        <source>Checking llama.cpp…</source>
        <translation>llama.cpp की जाँच की जा रही है…</translation>
    </message>
    <message>
        <source>SkinGPT Desktop {version}</source>
        <translation>SkinGPT Desktop {version}</translation>
    </message>
    <message>
        <source>An offline dermatology assistant that runs SkinGPT-4 model packs on this computer. Photos and conversations never leave it.</source>
        <translation>त्वचा रोगों के लिए एक ऑफ़लाइन सहायक, जो SkinGPT-4 मॉडल पैक इसी कंप्यूटर पर चलाता है। फ़ोटो और बातचीत कभी इस कंप्यूटर से बाहर नहीं जातीं।</translation>
    </message>
    <message>
        <source>It gives information, not a diagnosis.</source>
        <translation>यह जानकारी देता है, निदान नहीं।</translation>
    </message>
    <message>
        <source>No model pack loaded</source>
        <translation>कोई मॉडल पैक लोड नहीं है</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>SkinGPT Desktop</source>
        <translation>SkinGPT Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>मॉडल(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>नया केस(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>फ़ोटो जोड़ें(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>फ़ोटो पेस्ट करें(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>कैमरा(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>केस सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>रिपोर्ट(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>वॉल्ट लॉक करें(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>पासफ़्रेज़ बदलें(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>वॉल्ट का बैकअप लें(&amp;B)…</translation>
    </message>
    <message>
        <source>R&amp;estore from backup…</source>
        <translation>बैकअप से पुनर्स्थापित करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Sal&amp;vage a damaged vault…</source>
        <translation>क्षतिग्रस्त वॉल्ट बचाएँ(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें(&amp;Q)</translation>
    </message>
    <message>
        <source>Model &amp;packs…</source>
        <translation>मॉडल पैक(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Evaluate a pack…</source>
        <translation>पैक का मूल्यांकन करें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग(&amp;S)…</translation>
    </message>
    <message>
        <source>Go to the &amp;question box</source>
        <translation>सवाल वाले बॉक्स पर जाएँ(&amp;Q)</translation>
    </message>
    <message>
        <source>Medical &amp;disclaimer</source>
        <translation>चिकित्सा अस्वीकरण(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Photo tips</source>
        <translation>फ़ोटो के सुझाव(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>परिचय(&amp;A)</translation>
    </message>
    <message>
        <source>Warning signs, summary and urgency, PDFs (Ctrl+R)</source>
        <translation>चेतावनी संकेत, सारांश और तात्कालिकता, PDF (Ctrl+R)</translation>
    </message>
    <message>
        <source>Model pack status</source>
        <translation>मॉडल पैक की स्थिति</translation>
    </message>
    <message>
        <source>Lock vault</source>
        <translation>वॉल्ट लॉक करें</translation>
    </message>
    <message>
        <source>Save this case before locking? Unsaved photos and answers are removed from the screen when the vault locks.</source>
        <translation>लॉक करने से पहले क्या यह केस सहेजें? वॉल्ट लॉक होने पर बिना सहेजी फ़ोटो और उत्तर स्क्रीन से हटा दिए जाते हैं।</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n min without use.</source>
        <translation>
            <numerusform>%n मिनट तक इस्तेमाल न होने पर लॉक किया गया।</numerusform>
            <numerusform>%n मिनट तक इस्तेमाल न होने पर लॉक किया गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved case</source>
        <translation>बिना सहेजा केस</translation>
    </message>
    <message>
        <source>Discard the photos and answers that are not saved?</source>
        <translation>क्या बिना सहेजी फ़ोटो और उत्तर हटा दें?</translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation>अभी सहेजने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <source>Saved: {title}</source>
        <translation>सहेजा गया: {title}</translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>केस सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>केस</translation>
    </message>
    <message>
        <source>Parts of this case could not be read: {problems}</source>
        <translation>इस केस के कुछ हिस्से पढ़े नहीं जा सके: {problems}</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>केस खोला नहीं जा सका</translation>
    </message>
    <message>
        <source>The case was not deleted</source>
        <translation>केस मिटाया नहीं गया</translation>
    </message>
    <message>
        <source>The patient was not deleted</source>
        <translation>मरीज़ को मिटाया नहीं गया</translation>
    </message>
    <message>
        <source>Cases could not be listed</source>
        <translation>केसों की सूची नहीं बन सकी</translation>
    </message>
    <message>
        <source>{what}: {detail}</source>
        <translation>{what}: {detail}</translation>
    </message>
    <message>
        <source>Evaluation running</source>
        <translation>मूल्यांकन चल रहा है</translation>
    </message>
    <message>
        <source>An evaluation is running. Quit and stop it? The answers so far are kept: Resume continues it later.</source>
        <translation>एक मूल्यांकन चल रहा है। बंद करके इसे रोकें? अब तक के उत्तर रखे जाते हैं: फिर शुरू करें इसे बाद में जारी रखता है।</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>वॉल्ट</translation>
    </message>
    <message>
        <source>The vault passphrase was changed.</source>
        <translation>वॉल्ट का पासफ़्रेज़ बदल दिया गया।</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>मॉडल पैक</translation>
    </message>
    <message>
        <source>{problem}. The last used model pack is loaded instead.</source>
        <translation>{problem}। इसकी जगह पिछली बार इस्तेमाल किया गया मॉडल पैक लोड किया गया है।</translation>
    </message>
    <message>
        <source>Wait for the answer to finish (or press Stop) before changing the model pack.</source>
        <translation>मॉडल पैक बदलने से पहले उत्तर पूरा होने दें (या रोकें दबाएँ)।</translation>
    </message>
    <message>
        <source>Checking the model pack…</source>
        <translation>मॉडल पैक की जाँच की जा रही है…</translation>
    </message>
    <message>
        <source>{pack} was not loaded: its license was not accepted.</source>
        <translation>{pack} लोड नहीं हुआ: इसका लाइसेंस स्वीकार नहीं किया गया।</translation>
    </message>
    <message>
        <source>Loading {pack}…</source>
        <translation>{pack} लोड किया जा रहा है…</translation>
    </message>
    <message>
        <source>{pack}: {stage}…</source>
        <translation>{pack}: {stage}…</translation>
    </message>
    <message>
        <source>The model pack could not be loaded ({type}: {exc})</source>
        <translation>मॉडल पैक लोड नहीं किया जा सका ({type}: {exc})</translation>
    </message>
    <message>
        <source>Pack: {pack}</source>
        <translation>पैक: {pack}</translation>
    </message>
    <message>
        <source>Loading the model pack…</source>
        <translation>मॉडल पैक लोड किया जा रहा है…</translation>
    </message>
    <message>
        <source>Load a model pack to ask questions (Model ▸ Model packs).</source>
        <translation>सवाल पूछने के लिए मॉडल पैक लोड करें (मॉडल ▸ मॉडल पैक)।</translation>
    </message>
    <message>
        <source>Add a photo to ask about it.</source>
        <translation>पूछने के लिए पहले एक फ़ोटो जोड़ें।</translation>
    </message>
    <message>
        <source>Asking about photo {number} ({view})</source>
        <translation>फ़ोटो {number} ({view}) के बारे में पूछा जा रहा है</translation>
    </message>
    <message>
        <source>model pack: {pack}</source>
        <translation>मॉडल पैक: {pack}</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>चिकित्सा अस्वीकरण</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>About SkinGPT Desktop</source>
        <translation>SkinGPT Desktop के बारे में</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>विवरण छिपाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>विवरण दिखाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>Build details</source>
        <translation>इंस्टॉलेशन का विवरण</translation>
    </message>
    <message>
        <source>&amp;Copy build report</source>
        <translation>बिल्ड रिपोर्ट कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>Copy build report</source>
        <translation>बिल्ड रिपोर्ट कॉपी करें</translation>
    </message>
    <message>
        <source>The build report could not be gathered ({error}).</source>
        <translation>बिल्ड रिपोर्ट नहीं जुटाई जा सकी ({error})।</translation>
    </message>
    <message>
        <source>Build report copied: paste it where support asks.</source>
        <translation>बिल्ड रिपोर्ट कॉपी हो गई: सहायता टीम जहाँ कहे, वहाँ इसे पेस्ट करें।</translation>
    </message>
    <message>
        <source>Save this case before closing?</source>
        <translation>बंद करने से पहले क्या यह केस सहेजें?</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Looking for model packs…</source>
        <translation>मॉडल पैक खोजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model pack is installed yet.&lt;/p&gt;&lt;p&gt;Import one from a folder or USB drive, or download one from Hugging Face.&lt;/p&gt;</source>
        <translation>&lt;p&gt;अभी तक कोई मॉडल पैक इंस्टॉल नहीं है।&lt;/p&gt;&lt;p&gt;किसी फ़ोल्डर या USB ड्राइव से पैक इम्पोर्ट करें, या Hugging Face से डाउनलोड करें।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Downloading {file}</source>
        <translation>{file} डाउनलोड की जा रही है</translation>
    </message>
    <message>
        <source>Verifying {file}</source>
        <translation>{file} सत्यापित की जा रही है</translation>
    </message>
    <message>
        <source>Copying and verifying {file}</source>
        <translation>{file} कॉपी और सत्यापित की जा रही है</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} सेकंड</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} मिनट {s} सेकंड</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} घंटे {min} मिनट</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {total} में से {done}</translation>
    </message>
    <message>
        <source> · {speed}/s · {time} left</source>
        <translation> · {speed}/सेकंड · {time} बाकी</translation>
    </message>
    <message>
        <source>None stated</source>
        <translation>कोई नहीं बताई गई</translation>
    </message>
    <message>
        <source>{name} from {origin}</source>
        <translation>{origin} से {name}</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>अज्ञात मात्रा</translation>
    </message>
    <message>
        <source>RAM needed:</source>
        <translation>ज़रूरी RAM:</translation>
    </message>
    <message>
        <source>about {ram}; this computer has {have}.</source>
        <translation>लगभग {ram}; इस कंप्यूटर में {have} है।</translation>
    </message>
    <message>
        <source>not stated by the pack; this computer has {have}.</source>
        <translation>पैक में नहीं बताया गया; इस कंप्यूटर में {have} है।</translation>
    </message>
    <message>
        <source>Checking the GPU&apos;s memory…</source>
        <translation>GPU की मेमोरी की जाँच की जा रही है…</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>चेतावनी:</translation>
    </message>
    <message>
        <source>The app asks the model to answer in the language chosen in Settings, but the model&apos;s answers in languages other than English are of limited quality: Llama 2&apos;s model card puts other languages out of scope. The app&apos;s fixed texts and the warning signs are always its own reviewed translations, never the model&apos;s.</source>
        <translation>ऐप मॉडल से सेटिंग में चुनी गई भाषा में उत्तर देने को कहता है, लेकिन अंग्रेज़ी के अलावा दूसरी भाषाओं में मॉडल के उत्तरों की गुणवत्ता सीमित है: Llama 2 का मॉडल कार्ड दूसरी भाषाओं को उसके दायरे से बाहर बताता है। ऐप के तय पाठ और चेतावनी संकेत हमेशा ऐप के अपने समीक्षित अनुवाद होते हैं, मॉडल के नहीं।</translation>
    </message>
    <message>
        <source>The app asks the model to answer in the language chosen in Settings; how well it answers in languages other than English depends on the model (see its own model card). The app&apos;s fixed texts and the warning signs are always its own reviewed translations, never the model&apos;s.</source>
        <translation>ऐप मॉडल से सेटिंग में चुनी गई भाषा में उत्तर देने को कहता है; अंग्रेज़ी के अलावा अन्य भाषाओं में उसके उत्तर कितने अच्छे हैं, यह मॉडल पर निर्भर करता है (उसका अपना मॉडल कार्ड देखें)। ऐप के स्थायी पाठ और चेतावनी संकेत हमेशा ऐप के अपने समीक्षित अनुवाद होते हैं, मॉडल के कभी नहीं।</translation>
    </message>
    <message>
        <source>This license must be accepted before the pack is first used: the app asks.</source>
        <translation>पैक के पहले उपयोग से पहले यह लाइसेंस स्वीकार करना होगा: ऐप आपसे पूछेगा।</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <source>Quantization:</source>
        <translation>क्वांटाइज़ेशन:</translation>
    </message>
    <message>
        <source>Conversation format:</source>
        <translation>बातचीत का फ़ॉर्मेट:</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>उत्पत्ति:</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>लाइसेंस:</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>इच्छित उपयोग:</translation>
    </message>
    <message>
        <source>Known limits:</source>
        <translation>ज्ञात सीमाएँ:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>भाषाएँ:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>फ़ाइलें:</translation>
    </message>
    <message>
        <source>Converted from:</source>
        <translation>किससे बदला गया:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>फ़ोल्डर:</translation>
    </message>
    <message>
        <source>{repo}, revision {revision}</source>
        <translation>{repo}, संशोधन {revision}</translation>
    </message>
    <message>
        <source>Downloaded from:</source>
        <translation>यहाँ से डाउनलोड किया गया:</translation>
    </message>
    <message>
        <source>SHA-256 of the downloaded files (checked against Hugging Face):</source>
        <translation>डाउनलोड की गई फ़ाइलों के SHA-256 (Hugging Face से जाँचे गए):</translation>
    </message>
    <message>
        <source>Model packs</source>
        <translation>मॉडल पैक</translation>
    </message>
    <message>
        <source>Installed model packs</source>
        <translation>इंस्टॉल किए गए मॉडल पैक</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>मॉडल कार्ड</translation>
    </message>
    <message>
        <source>&amp;Use this pack</source>
        <translation>यह पैक इस्तेमाल करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Import from folder…</source>
        <translation>फ़ोल्डर से इम्पोर्ट करें(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;GGUF files…</source>
        <translation>GGUF फ़ाइलें इम्पोर्ट करें(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>हटाएँ(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>डाउनलोड करें(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें(&amp;C)</translation>
    </message>
    <message>
        <source>Installed &amp;packs</source>
        <translation>इंस्टॉल किए गए पैक(&amp;P)</translation>
    </message>
    <message>
        <source>Cata&amp;logue</source>
        <translation>कैटलॉग(&amp;L)</translation>
    </message>
    <message>
        <source>Download from Hugging Face</source>
        <translation>Hugging Face से डाउनलोड करें</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>owner/name</translation>
    </message>
    <message>
        <source>Repository id</source>
        <translation>रिपॉज़िटरी id</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>रिपॉज़िटरी(&amp;R):</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>Re&amp;vision:</source>
        <translation>संस्करण(&amp;V):</translation>
    </message>
    <message>
        <source>Downloads resume where they stopped, even after a restart, and every file is checked against the hash Hugging Face publishes and the pack&apos;s SHA-256 list before anything is installed.</source>
        <translation>डाउनलोड जहाँ रुका था वहीं से फिर शुरू होता है, ऐप दोबारा शुरू करने के बाद भी, और कुछ भी इंस्टॉल होने से पहले हर फ़ाइल की जाँच Hugging Face के प्रकाशित हैश और पैक की SHA-256 सूची से की जाती है।</translation>
    </message>
    <message>
        <source>Install progress</source>
        <translation>इंस्टॉल की प्रगति</translation>
    </message>
    <message>
        <source>Install status</source>
        <translation>इंस्टॉल की स्थिति</translation>
    </message>
    <message>
        <source>{pack} (in use)</source>
        <translation>{pack} (इस्तेमाल में)</translation>
    </message>
    <message>
        <source>{pack} (could not be loaded)</source>
        <translation>{pack} (लोड नहीं हो सका)</translation>
    </message>
    <message>
        <source>The installed packs could not be listed ({type}).</source>
        <translation>इंस्टॉल किए गए पैक की सूची नहीं बन सकी ({type})।</translation>
    </message>
    <message>
        <source>This pack could not be loaded:</source>
        <translation>यह पैक लोड नहीं हो सका:</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>मॉडल पैक</translation>
    </message>
    <message>
        <source>{advice}

Use this pack anyway?</source>
        <translation>{advice}

क्या फिर भी यह पैक इस्तेमाल करें?</translation>
    </message>
    <message>
        <source>Remove model pack</source>
        <translation>मॉडल पैक हटाएँ</translation>
    </message>
    <message>
        <source>Delete the pack &apos;{pack}&apos; and its files from this computer?</source>
        <translation>क्या पैक &apos;{pack}&apos; और उसकी फ़ाइलें इस कंप्यूटर से मिटा दें?</translation>
    </message>
    <message>
        <source>Removing {pack}…</source>
        <translation>{pack} हटाया जा रहा है…</translation>
    </message>
    <message>
        <source>Removed {pack}.</source>
        <translation>{pack} हटा दिया गया।</translation>
    </message>
    <message>
        <source>The pack could not be removed completely ({type}: {exc}).</source>
        <translation>पैक पूरी तरह नहीं हटाया जा सका ({type}: {exc})।</translation>
    </message>
    <message>
        <source>Choose the model pack folder</source>
        <translation>मॉडल पैक का फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>इम्पोर्ट किया जा रहा है…</translation>
    </message>
    <message>
        <source>Enter a repository id such as owner/skingpt4-q4.</source>
        <translation>owner/skingpt4-q4 जैसी कोई रिपॉज़िटरी id लिखें।</translation>
    </message>
    <message>
        <source>Connecting to download {repo}…</source>
        <translation>{repo} डाउनलोड करने के लिए कनेक्ट किया जा रहा है…</translation>
    </message>
    <message>
        <source>Choose the language model (.gguf)</source>
        <translation>भाषा मॉडल चुनें (.gguf)</translation>
    </message>
    <message>
        <source>Choose its vision projector (mmproj .gguf)</source>
        <translation>इसका विज़न प्रोजेक्टर चुनें (mmproj .gguf)</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf)</source>
        <translation>GGUF फ़ाइलें (*.gguf)</translation>
    </message>
    <message>
        <source>Building a model pack from {file}…</source>
        <translation>{file} से मॉडल पैक बनाया जा रहा है…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was installed.</source>
        <translation>रद्द किया गया। कुछ भी इंस्टॉल नहीं हुआ।</translation>
    </message>
    <message>
        <source>{pack} is already installed; remove it first to install it again.</source>
        <translation>{pack} पहले से इंस्टॉल है; इसे फिर से इंस्टॉल करने के लिए पहले इसे हटाएँ।</translation>
    </message>
    <message>
        <source>Connecting to download {pack}…</source>
        <translation>{pack} डाउनलोड करने के लिए कनेक्ट किया जा रहा है…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <source>Installed and verified: {pack}</source>
        <translation>इंस्टॉल और सत्यापित: {pack}</translation>
    </message>
    <message>
        <source>The pack could not be installed ({type}: {exc}).</source>
        <translation>पैक इंस्टॉल नहीं किया जा सका ({type}: {exc})।</translation>
    </message>
    <message>
        <source>Cancelled. A download continues where it stopped when you press Download again.</source>
        <translation>रद्द कर दिया गया। दोबारा डाउनलोड दबाने पर डाउनलोड वहीं से जारी रहेगा जहाँ वह रुका था।</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Too weak</source>
        <translation>बहुत कमज़ोर</translation>
    </message>
    <message>
        <source>Use at least 8 characters; four or more random words work well.</source>
        <translation>कम से कम 8 अक्षर इस्तेमाल करें; चार या ज़्यादा बेतरतीब शब्द अच्छे रहते हैं।</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>कमज़ोर</translation>
    </message>
    <message>
        <source>Add another word or two, or mix in digits and symbols.</source>
        <translation>एक-दो शब्द और जोड़ें, या अंक और चिह्न मिलाएँ।</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>ठीक-ठाक</translation>
    </message>
    <message>
        <source>Good start; one more random word makes it much stronger.</source>
        <translation>अच्छी शुरुआत; एक और बेतरतीब शब्द इसे कहीं ज़्यादा मज़बूत बना देगा।</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>अच्छा</translation>
    </message>
    <message>
        <source>A good passphrase. Write it down somewhere safe.</source>
        <translation>अच्छा पासफ़्रेज़। इसे किसी सुरक्षित जगह पर लिख लें।</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>मज़बूत</translation>
    </message>
    <message>
        <source>A strong passphrase. Write it down somewhere safe.</source>
        <translation>मज़बूत पासफ़्रेज़। इसे किसी सुरक्षित जगह पर लिख लें।</translation>
    </message>
    <message>
        <source>It is built on a common word (“{word}”), one of the first guesses; use four or more random words.</source>
        <translation>यह एक आम शब्द (“{word}”) पर बना है, जिसे सबसे पहले आज़माया जाता है; चार या अधिक बेतरतीब शब्द इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Repeated or consecutive characters are guessed quickly; use four or more random words.</source>
        <translation>दोहराए गए या लगातार अक्षर जल्दी अनुमान में आ जाते हैं; चार या अधिक बेतरतीब शब्द इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}.&lt;/b&gt; {advice}</source>
        <translation>&lt;b&gt;{label}।&lt;/b&gt; {advice}</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>दोनों पासफ़्रेज़ अलग-अलग हैं।</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>I: always burns, never tans (very pale skin)</source>
        <translation>I: हमेशा झुलसती है, कभी साँवली नहीं होती (बहुत गोरी त्वचा)</translation>
    </message>
    <message>
        <source>II: usually burns, tans with difficulty (fair skin)</source>
        <translation>II: अक्सर झुलसती है, मुश्किल से साँवली होती है (गोरी त्वचा)</translation>
    </message>
    <message>
        <source>III: sometimes burns, tans gradually (light brown skin)</source>
        <translation>III: कभी-कभी झुलसती है, धीरे-धीरे साँवली होती है (हल्की भूरी त्वचा)</translation>
    </message>
    <message>
        <source>IV: rarely burns, tans easily (moderate brown skin)</source>
        <translation>IV: कम ही झुलसती है, आसानी से साँवली होती है (मध्यम भूरी त्वचा)</translation>
    </message>
    <message>
        <source>V: very rarely burns, tans very easily (dark brown skin)</source>
        <translation>V: बहुत कम झुलसती है, बहुत आसानी से साँवली होती है (गहरी भूरी त्वचा)</translation>
    </message>
    <message>
        <source>VI: never burns (deeply pigmented, dark brown to black skin)</source>
        <translation>VI: कभी नहीं झुलसती (बहुत गहरा रंग, गहरी भूरी से काली त्वचा)</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>नया मरीज़</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>मरीज़ की जानकारी बदलें</translation>
    </message>
    <message>
        <source>&amp;Name or ID:</source>
        <translation>नाम या ID(&amp;N):</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>नाम या ID</translation>
    </message>
    <message>
        <source>&amp;Clinic number:</source>
        <translation>क्लिनिक नंबर(&amp;C):</translation>
    </message>
    <message>
        <source>Clinic patient number</source>
        <translation>क्लिनिक में मरीज़ का नंबर</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>जन्म का वर्ष(&amp;B):</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>जन्म का वर्ष</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>लिंग(&amp;S):</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>&amp;Village or contact:</source>
        <translation>गाँव या संपर्क(&amp;V):</translation>
    </message>
    <message>
        <source>Village or contact</source>
        <translation>गाँव या संपर्क</translation>
    </message>
    <message>
        <source>&amp;Fitzpatrick type:</source>
        <translation>फ़िट्ज़पैट्रिक प्रकार(&amp;F):</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>फ़िट्ज़पैट्रिक त्वचा प्रकार</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>एलर्जी(&amp;A):</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>एलर्जी</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>नोट्स(&amp;O):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>V&amp;isits:</source>
        <translation>विज़िट(&amp;I):</translation>
    </message>
    <message>
        <source>Visits, oldest first</source>
        <translation>विज़िट, सबसे पुरानी पहले</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>नहीं बताया गया</translation>
    </message>
    <message>
        <source>e.g. penicillin; none known</source>
        <translation>जैसे: पेनिसिलिन; कोई ज्ञात नहीं</translation>
    </message>
    <message>
        <source>e.g. village, or a phone number</source>
        <translation>जैसे: गाँव, या फ़ोन नंबर</translation>
    </message>
    <message>
        <source>Double-click to open this visit</source>
        <translation>यह विज़िट खोलने के लिए डबल-क्लिक करें</translation>
    </message>
    <message>
        <source>No visits saved yet</source>
        <translation>अभी तक कोई विज़िट सहेजी नहीं गई</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Close-up</source>
        <translation>नज़दीकी</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>दूर से</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>close-up</source>
        <translation>नज़दीकी</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>दूर से</translation>
    </message>
    <message>
        <source>other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>कम रेज़ोल्यूशन</translation>
    </message>
    <message>
        <source>blur</source>
        <translation>धुंधलापन</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>अँधेरा</translation>
    </message>
    <message>
        <source>bright</source>
        <translation>ज़्यादा रोशनी</translation>
    </message>
    <message>
        <source>{width} x {height} pixels</source>
        <translation>{width} x {height} पिक्सेल</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo quality: good&lt;/b&gt; ({size}). Sharp and well exposed.</source>
        <translation>&lt;b&gt;फ़ोटो की गुणवत्ता: अच्छी&lt;/b&gt; ({size})। साफ़ और सही रोशनी वाली।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo quality: consider retaking&lt;/b&gt; ({size})</source>
        <translation>&lt;b&gt;फ़ोटो की गुणवत्ता: दोबारा लेने पर विचार करें&lt;/b&gt; ({size})</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Selected photo</source>
        <translation>चुनी गई फ़ोटो</translation>
    </message>
    <message>
        <source>Photos of this case</source>
        <translation>इस केस की फ़ोटो</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>दृश्य(&amp;V):</translation>
    </message>
    <message>
        <source>Kind of photo (close-up or wide)</source>
        <translation>फ़ोटो का प्रकार (नज़दीकी या दूर से)</translation>
    </message>
    <message>
        <source>Photo quality</source>
        <translation>फ़ोटो की गुणवत्ता</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>फ़ोटो जोड़ें(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a photo from a file (Ctrl+O)</source>
        <translation>फ़ाइल से फ़ोटो जोड़ें (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>पेस्ट करें(&amp;P)</translation>
    </message>
    <message>
        <source>Paste a photo from the clipboard</source>
        <translation>क्लिपबोर्ड से फ़ोटो पेस्ट करें</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>कैमरा(&amp;C)…</translation>
    </message>
    <message>
        <source>Take a photo with a camera (Ctrl+Shift+C)</source>
        <translation>कैमरे से फ़ोटो लें (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected photo from this case</source>
        <translation>चुनी गई फ़ोटो इस केस से हटाएँ</translation>
    </message>
    <message>
        <source>Photo &amp;tips</source>
        <translation>फ़ोटो के सुझाव(&amp;T)</translation>
    </message>
    <message>
        <source>How to take a photo the model can use</source>
        <translation>ऐसी फ़ोटो कैसे लें जिसे मॉडल इस्तेमाल कर सके</translation>
    </message>
    <message>
        <source>Paste photo</source>
        <translation>फ़ोटो पेस्ट करें</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>फ़ोटो हटाएँ</translation>
    </message>
    <message>
        <source>Photos ({patterns});;All files (*)</source>
        <translation>फ़ोटो ({patterns});;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>फ़ोटो जोड़ें</translation>
    </message>
    <message>
        <source>The clipboard holds no photo. Copy an image or a photo file first.</source>
        <translation>क्लिपबोर्ड में कोई फ़ोटो नहीं है। पहले कोई इमेज या फ़ोटो फ़ाइल कॉपी करें।</translation>
    </message>
    <message>
        <source>The photo could not be opened ({type}).</source>
        <translation>फ़ोटो नहीं खोली जा सकी ({type})।</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>फ़ोटो की जाँच की जा रही है…</translation>
    </message>
    <message>
        <source>Photo quality good</source>
        <translation>फ़ोटो की गुणवत्ता अच्छी है</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Photo quality: {problems}</source>
        <translation>फ़ोटो की गुणवत्ता: {problems}</translation>
    </message>
    <message>
        <source>{number}. {view}</source>
        <translation>{number}. {view}</translation>
    </message>
    <message>
        <source>Remove photo {number} from this case?</source>
        <translation>क्या फ़ोटो {number} को इस केस से हटा दें?</translation>
    </message>
    <message>
        <source>Photo tips</source>
        <translation>फ़ोटो के सुझाव</translation>
    </message>
    <message>
        <source>Drop a photo here, paste one (Ctrl+V), or use Add photo (Ctrl+O).</source>
        <translation>फ़ोटो यहाँ छोड़ें, पेस्ट करें (Ctrl+V), या फ़ोटो जोड़ें (Ctrl+O) इस्तेमाल करें।</translation>
    </message>
</context>
<context>
    <name>RecordFlows</name>
    <message>
        <source>The patient was not added</source>
        <translation>मरीज़ नहीं जोड़ा गया</translation>
    </message>
    <message>
        <source>The patient could not be opened</source>
        <translation>मरीज़ की जानकारी नहीं खोली जा सकी</translation>
    </message>
    <message>
        <source>The patient was not changed</source>
        <translation>मरीज़ की जानकारी नहीं बदली गई</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>केस खोला नहीं जा सका</translation>
    </message>
    <message>
        <source>The case was not changed</source>
        <translation>केस नहीं बदला गया</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>SkinGPT Desktop vault recovery key</source>
        <translation>SkinGPT Desktop वॉल्ट की पुनर्प्राप्ति कुंजी</translation>
    </message>
    <message>
        <source>Opens the vault: {file}</source>
        <translation>यह वॉल्ट खोलती है: {file}</translation>
    </message>
    <message>
        <source>Vault ID: {id}</source>
        <translation>वॉल्ट ID: {id}</translation>
    </message>
    <message>
        <source>Made on: {date}</source>
        <translation>बनाने की तारीख: {date}</translation>
    </message>
    <message>
        <source>This key opens the vault if the passphrase is forgotten. Anyone who has it and the vault file can read every record: keep it somewhere safe, away from this computer.</source>
        <translation>पासफ़्रेज़ भूल जाने पर यह कुंजी वॉल्ट खोलती है। जिसके पास यह कुंजी और वॉल्ट फ़ाइल दोनों हों, वह हर रिकॉर्ड पढ़ सकता है: इसे इस कंप्यूटर से दूर किसी सुरक्षित जगह रखें।</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Tick every warning sign &lt;b&gt;the patient has now&lt;/b&gt;. These questions are about the patient&apos;s symptoms, not about the photo. Fixed rules from public medical guidance use them to set how urgent this is; the model may at most suggest seeing a doctor within 2 weeks.</source>
        <translation>हर वह चेतावनी संकेत चुनें जो &lt;b&gt;मरीज़ में अभी है&lt;/b&gt;। ये सवाल मरीज़ के लक्षणों के बारे में हैं, फ़ोटो के बारे में नहीं। सार्वजनिक चिकित्सा दिशानिर्देशों पर आधारित तय नियम इनसे तय करते हैं कि मामला कितना तात्कालिक है; मॉडल अधिक से अधिक 2 हफ़्तों के भीतर डॉक्टर को दिखाने का सुझाव दे सकता है।</translation>
    </message>
    <message>
        <source>Writing the summary (one more answer from the model)… Cancel stops it.</source>
        <translation>सारांश लिखा जा रहा है (मॉडल से एक और उत्तर)… रद्द करें दबाने पर यह रुक जाएगा।</translation>
    </message>
    <message>
        <source>This report will be stored in the vault with the case when you save the case (File ▸ Save case).</source>
        <translation>जब आप केस सहेजेंगे (फ़ाइल ▸ केस सहेजें), तब यह रिपोर्ट केस के साथ वॉल्ट में रखी जाएगी।</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} और {second}</translation>
    </message>
    <message>
        <source>{names} already exists in this folder. Replace?</source>
        <translation>{names} इस फ़ोल्डर में पहले से मौजूद है। क्या आप इसे बदलना चाहते हैं?</translation>
    </message>
    <message>
        <source>{names} already exist in this folder. Replace?</source>
        <translation>{names} इस फ़ोल्डर में पहले से मौजूद हैं। क्या आप इन्हें बदलना चाहते हैं?</translation>
    </message>
    <message>
        <source>Replace reports</source>
        <translation>रिपोर्ट बदलें</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>चेतावनी संकेत</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>इनमें से कोई नहीं</translation>
    </message>
    <message>
        <source>Writing the summary</source>
        <translation>सारांश लिखा जा रहा है</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>रिपोर्ट की स्थिति</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>रिपोर्ट बनाएँ(&amp;M)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Stop the summary, or close without a report</source>
        <translation>सारांश रोकें, या बिना रिपोर्ट के बंद करें</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>तात्कालिकता</translation>
    </message>
    <message>
        <source>Warning signs ticked</source>
        <translation>चुने गए चेतावनी संकेत</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>रिपोर्ट का सारांश</translation>
    </message>
    <message>
        <source>Where the report is stored</source>
        <translation>रिपोर्ट कहाँ रखी गई है</translation>
    </message>
    <message>
        <source>Saved files</source>
        <translation>सहेजी गई फ़ाइलें</translation>
    </message>
    <message>
        <source>&amp;Save PDFs…</source>
        <translation>PDF सहेजें(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the patient and the clinician report into a folder</source>
        <translation>मरीज़ और चिकित्सक की रिपोर्ट किसी फ़ोल्डर में लिखें</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें(&amp;P)…</translation>
    </message>
    <message>
        <source>Patient report…</source>
        <translation>मरीज़ की रिपोर्ट…</translation>
    </message>
    <message>
        <source>Clinician report…</source>
        <translation>चिकित्सक की रिपोर्ट…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें(&amp;C)</translation>
    </message>
    <message>
        <source>The report could not be made ({type}).</source>
        <translation>रिपोर्ट नहीं बनाई जा सकी ({type})।</translation>
    </message>
    <message>
        <source>Stopped: no report was made.</source>
        <translation>रोक दिया गया: कोई रिपोर्ट नहीं बनाई गई।</translation>
    </message>
    <message>
        <source>Storing the report in the vault…</source>
        <translation>रिपोर्ट वॉल्ट में रखी जा रही है…</translation>
    </message>
    <message>
        <source>The report was not stored in the vault: {error}</source>
        <translation>रिपोर्ट वॉल्ट में नहीं रखी गई: {error}</translation>
    </message>
    <message>
        <source>Stored in the vault with this case (encrypted).</source>
        <translation>इस केस के साथ वॉल्ट में रखी गई (एन्क्रिप्टेड)।</translation>
    </message>
    <message>
        <source>Save the patient and clinician reports in…</source>
        <translation>मरीज़ और चिकित्सक की रिपोर्ट यहाँ सहेजें…</translation>
    </message>
    <message>
        <source>Writing the PDFs…</source>
        <translation>PDF लिखी जा रही हैं…</translation>
    </message>
    <message>
        <source>Saved {names} in {folder}.</source>
        <translation>{names} को {folder} में सहेजा गया।</translation>
    </message>
    <message>
        <source>The PDFs could not be written ({type}).</source>
        <translation>PDF नहीं लिखी जा सकीं ({type})।</translation>
    </message>
    <message>
        <source>The patient report was sent to the printer.</source>
        <translation>मरीज़ की रिपोर्ट प्रिंटर को भेज दी गई।</translation>
    </message>
    <message>
        <source>The clinician report was sent to the printer.</source>
        <translation>चिकित्सक की रिपोर्ट प्रिंटर को भेज दी गई।</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>रोका जा रहा है…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>बैकअप से पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Restoring adds the records of a backup that this vault does not have. Records already here are kept as they are: nothing is overwritten. The backup is checked completely first, and nothing is written if any part of it is damaged.</source>
        <translation>पुनर्स्थापित करने पर बैकअप के वे रिकॉर्ड जुड़ जाते हैं जो इस वॉल्ट में नहीं हैं। यहाँ पहले से मौजूद रिकॉर्ड जैसे हैं वैसे ही रहते हैं: कुछ भी बदला नहीं जाता। पहले पूरे बैकअप की जाँच होती है, और अगर उसका कोई भी हिस्सा खराब है तो कुछ भी नहीं लिखा जाता।</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>बैकअप फ़ाइल(&amp;B):</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>बैकअप फ़ाइल</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>चुनें(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose a backup file (.skgbackup)</source>
        <translation>बैकअप फ़ाइल चुनें (.skgbackup)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>पासफ़्रेज़(&amp;P):</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>बैकअप पासफ़्रेज़</translation>
    </message>
    <message>
        <source>A backup opens with the vault passphrase of the computer that made it, or with its own passphrase if it was given one.</source>
        <translation>बैकअप उस कंप्यूटर के वॉल्ट पासफ़्रेज़ से खुलता है जिस पर वह बनाया गया था, या अगर उसे अपना अलग पासफ़्रेज़ दिया गया था तो उस पासफ़्रेज़ से।</translation>
    </message>
    <message>
        <source>Cases in the backup</source>
        <translation>बैकअप में मौजूद केस</translation>
    </message>
    <message>
        <source>&amp;Check backup</source>
        <translation>बैकअप जाँचें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>पुनर्स्थापित करें(&amp;R)</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>%m में से %v रिकॉर्ड</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें(&amp;C)</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>पुनर्स्थापित करने के लिए बैकअप चुनें</translation>
    </message>
    <message>
        <source>SkinGPT backups (*.skgbackup);;All files (*)</source>
        <translation>SkinGPT बैकअप (*.skgbackup);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Checking every record of the backup…</source>
        <translation>बैकअप के हर रिकॉर्ड की जाँच की जा रही है…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was written.</source>
        <translation>जाँच रोक दी गई। कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>The backup is intact. Restore adds what is listed.</source>
        <translation>बैकअप सही-सलामत है। पुनर्स्थापित करने पर सूची में दी गई चीज़ें जुड़ जाएँगी।</translation>
    </message>
    <message>
        <source>Everything in this backup is already in the vault: restoring it would add nothing.</source>
        <translation>इस बैकअप की सारी सामग्री पहले से वॉल्ट में है: इसे पुनर्स्थापित करने से कुछ नहीं जुड़ेगा।</translation>
    </message>
    <message>
        <source>the whole vault</source>
        <translation>पूरे वॉल्ट</translation>
    </message>
    <message>
        <source>one case</source>
        <translation>एक केस</translation>
    </message>
    <message>
        <source>A backup of {scope}, made {date}.</source>
        <translation>{scope} का बैकअप, {date} को बनाया गया।</translation>
    </message>
    <message>
        <source>To be added: cases {case}, patients {patient}, photos {photo}, reports {report}.</source>
        <translation>जोड़े जाएँगे: केस {case}, मरीज़ {patient}, फ़ोटो {photo}, रिपोर्ट {report}।</translation>
    </message>
    <message>
        <source>{case} (already in this vault: kept as it is)</source>
        <translation>{case} (पहले से इस वॉल्ट में है: जैसा है वैसा रहेगा)</translation>
    </message>
    <message numerus="yes">
        <source>Records of the backup already in this vault, which will be kept as they are: %n.</source>
        <translation>
            <numerusform>बैकअप के वे रिकॉर्ड जो पहले से इस वॉल्ट में हैं और जैसे हैं वैसे ही रहेंगे: %n।</numerusform>
            <numerusform>बैकअप के वे रिकॉर्ड जो पहले से इस वॉल्ट में हैं और जैसे हैं वैसे ही रहेंगे: %n।</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(बिना शीर्षक)</translation>
    </message>
    <message>
        <source>{title} · no patient</source>
        <translation>{title} · कोई मरीज़ नहीं</translation>
    </message>
    <message>
        <source>unnamed patient</source>
        <translation>बिना नाम का मरीज़</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>अज्ञात तारीख</translation>
    </message>
    <message>
        <source>Restoring… every record is checked again as it is added.</source>
        <translation>पुनर्स्थापित किया जा रहा है… हर रिकॉर्ड जोड़ते समय उसकी फिर से जाँच होती है।</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was added to the vault.</source>
        <translation>पुनर्स्थापना रद्द कर दी गई; वॉल्ट में कुछ भी नहीं जोड़ा गया।</translation>
    </message>
    <message numerus="yes">
        <source>Records restored from the backup: %n.</source>
        <translation>
            <numerusform>बैकअप से पुनर्स्थापित किए गए रिकॉर्ड: %n।</numerusform>
            <numerusform>बैकअप से पुनर्स्थापित किए गए रिकॉर्ड: %n।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records already in the vault, kept as they were: %n.</source>
        <translation>
            <numerusform>पहले से वॉल्ट में मौजूद रिकॉर्ड, जैसे थे वैसे ही रखे गए: %n।</numerusform>
            <numerusform>पहले से वॉल्ट में मौजूद रिकॉर्ड, जैसे थे वैसे ही रखे गए: %n।</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Nothing was written.</source>
        <translation>यह पासफ़्रेज़ इस बैकअप को नहीं खोलता। कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>एक अनपेक्षित त्रुटि ({type})</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}.</source>
        <translation>कुछ भी पुनर्स्थापित नहीं हुआ: {reason}।</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}. Nothing was written.</source>
        <translation>इस फ़ाइल को पुनर्स्थापित नहीं किया जा सकता: {reason}। कुछ भी नहीं लिखा गया।</translation>
    </message>
</context>
<context>
    <name>SaveCaseDialog</name>
    <message>
        <source>Save case</source>
        <translation>केस सहेजें</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>केस बदलें</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>मरीज़(&amp;P):</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>शीर्षक(&amp;T):</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>केस का शीर्षक</translation>
    </message>
    <message>
        <source>&amp;Body site:</source>
        <translation>शरीर का हिस्सा(&amp;B):</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>शरीर का हिस्सा</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>शुरुआत(&amp;O):</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>शुरुआत</translation>
    </message>
    <message>
        <source>&amp;Symptoms:</source>
        <translation>लक्षण(&amp;S):</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>लक्षण</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>केस की स्थिति</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>स्थिति(&amp;A):</translation>
    </message>
    <message>
        <source>Same s&amp;pot as:</source>
        <translation>इसी जगह की(&amp;P):</translation>
    </message>
    <message>
        <source>Earlier visit of this spot</source>
        <translation>इस जगह की पिछली विज़िट</translation>
    </message>
    <message>
        <source>C&amp;hange since then:</source>
        <translation>तब से बदलाव(&amp;H):</translation>
    </message>
    <message>
        <source>What changed since the earlier visit</source>
        <translation>पिछली विज़िट के बाद क्या बदला</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>नया मरीज़(&amp;N)…</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>नया मरीज़</translation>
    </message>
    <message>
        <source>e.g. larger, edge now irregular</source>
        <translation>जैसे बड़ा हुआ, किनारा अब असमान</translation>
    </message>
    <message>
        <source>No patient (anonymous case)</source>
        <translation>कोई मरीज़ नहीं (अनाम केस)</translation>
    </message>
    <message>
        <source>{patient} (new)</source>
        <translation>{patient} (नया)</translation>
    </message>
    <message>
        <source>(age {age})</source>
        <translation>(आयु {age})</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>कोई दर्ज नहीं</translation>
    </message>
    <message>
        <source>Allergies:</source>
        <translation>एलर्जी:</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>बिना शीर्षक का केस</translation>
    </message>
    <message>
        <source>Onset: {onset}</source>
        <translation>शुरुआत: {onset}</translation>
    </message>
    <message>
        <source>Symptoms: {symptoms}</source>
        <translation>लक्षण: {symptoms}</translation>
    </message>
    <message>
        <source>Follow-up of {visit}</source>
        <translation>{visit} का फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>Change: {note}</source>
        <translation>बदलाव: {note}</translation>
    </message>
    <message>
        <source>e.g. left forearm</source>
        <translation>जैसे बायाँ अग्रबाहु</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>फ़ॉलो-अप तय</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>रेफ़र किया गया</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>A new spot (no earlier visit)</source>
        <translation>नई जगह (कोई पिछली विज़िट नहीं)</translation>
    </message>
    <message>
        <source>Link this visit to an earlier one of the same lesion to compare the photos side by side</source>
        <translation>फ़ोटो साथ-साथ तुलना करने के लिए इस विज़िट को उसी घाव की पिछली विज़िट से जोड़ें</translation>
    </message>
    <message>
        <source>e.g. three weeks ago</source>
        <translation>जैसे तीन हफ़्ते पहले</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>the vault is locked; unlock it with your passphrase</source>
        <translation>वॉल्ट लॉक है; इसे अपने पासफ़्रेज़ से अनलॉक करें</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A number from {low} to {high} fits here; the largest, {high}, is set.</source>
        <translation>यहाँ {low} से {high} तक की संख्या आती है; सबसे बड़ी, {high}, रखी गई है।</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>रूप-रंग</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरी</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>उच्च कंट्रास्ट</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <source>Running the model (applied when the pack is loaded again)</source>
        <translation>मॉडल चलाना (पैक दोबारा लोड होने पर लागू)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>निजता</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>इंटरफ़ेस की भाषा(&amp;I):</translation>
    </message>
    <message>
        <source>Answer &amp;language:</source>
        <translation>उत्तरों की भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>थीम(&amp;H):</translation>
    </message>
    <message>
        <source>CPU &amp;threads:</source>
        <translation>CPU थ्रेड(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>GPU लेयर(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Context size:</source>
        <translation>संदर्भ का आकार(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Vision model runs on:</source>
        <translation>विज़न मॉडल इससे चलता है(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Speculative decoding:</source>
        <translation>स्पेक्युलेटिव डिकोडिंग (&amp;S):</translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation>तापमान(&amp;E):</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-p(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Maximum answer length:</source>
        <translation>उत्तर की अधिकतम लंबाई(&amp;M):</translation>
    </message>
    <message>
        <source>Loc&amp;k the vault after:</source>
        <translation>वॉल्ट लॉक करें(&amp;K):</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>इंटरफ़ेस की भाषा</translation>
    </message>
    <message>
        <source>Answer language</source>
        <translation>उत्तरों की भाषा</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU थ्रेड</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU लेयर</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>संदर्भ का आकार</translation>
    </message>
    <message>
        <source>Automatic (ggml if it works here, else numpy)</source>
        <translation>स्वचालित (यहाँ काम करे तो ggml, नहीं तो numpy)</translation>
    </message>
    <message>
        <source>ggml (least memory; on the GPU with GPU layers; on a CPU it can be slower than numpy)</source>
        <translation>ggml (सबसे कम मेमोरी; GPU परतों के साथ GPU पर; CPU पर numpy से धीमा हो सकता है)</translation>
    </message>
    <message>
        <source>numpy (the exact reference; most memory)</source>
        <translation>numpy (सटीक संदर्भ; सबसे अधिक मेमोरी)</translation>
    </message>
    <message>
        <source>Automatic measures it once when a pack is first loaded with these settings (three short answers) and remembers the result.</source>
        <translation>स्वचालित मोड इसे एक बार मापता है, जब कोई पैक इन सेटिंग्स के साथ पहली बार लोड होता है (तीन छोटे उत्तर), और परिणाम याद रखता है।</translation>
    </message>
    <message>
        <source>on</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Measured with the loaded pack on this computer: {plain:.1f} words per second without it, {draft:.1f} with it ({gain:.2f}x), so automatic keeps it {verdict}.</source>
        <translation>इस कंप्यूटर पर लोड किए गए पैक से मापा गया: इसके बिना {plain:.1f} शब्द प्रति सेकंड, इसके साथ {draft:.1f} ({gain:.2f}x), इसलिए स्वचालित मोड इसे {verdict} रखता है।</translation>
    </message>
    <message>
        <source>The pack&apos;s draft model, or words already in the conversation, propose the next words and the model checks them; the answers stay the model&apos;s own. It pays only where checking several words costs about as much as writing one (a GPU, fast memory): on the 2-core test machine answers came at 0.52-0.97x the speed without it.</source>
        <translation>पैक का ड्राफ़्ट मॉडल, या बातचीत में पहले आए शब्द, अगले शब्द सुझाते हैं और मॉडल उन्हें जाँचता है; उत्तर मॉडल के अपने ही रहते हैं। यह तभी फ़ायदेमंद है जब कई शब्द जाँचना लगभग एक शब्द लिखने जितना महँगा हो (GPU, तेज़ मेमोरी): 2-कोर वाली परीक्षण मशीन पर उत्तर इसके बिना वाली गति के 0.52-0.97x पर आए।</translation>
    </message>
    <message>
        <source>Vision model runs on</source>
        <translation>विज़न मॉडल इससे चलता है</translation>
    </message>
    <message>
        <source>Automatic: only if it measures faster on this computer</source>
        <translation>स्वचालित: केवल तभी जब यह इस कंप्यूटर पर तेज़ मापा जाए</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>हमेशा चालू</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Speculative decoding</source>
        <translation>सट्टा डिकोडिंग</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Maximum answer length</source>
        <translation>उत्तर की अधिकतम लंबाई</translation>
    </message>
    <message>
        <source>Lock the vault after</source>
        <translation>वॉल्ट लॉक करें</translation>
    </message>
    <message>
        <source>The model was trained in English: answers in other languages are less reliable. The disclaimer, photo guidance and warning signs are shown in the interface language.</source>
        <translation>मॉडल को अंग्रेज़ी में प्रशिक्षित किया गया है: दूसरी भाषाओं में उसके उत्तर कम भरोसेमंद होते हैं। अस्वीकरण, फ़ोटो संबंधी निर्देश और ख़तरे के संकेत इंटरफ़ेस की भाषा में दिखाए जाते हैं।</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>स्वचालित</translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation>कोई नहीं (केवल CPU)</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>suffix of a number of tokens, with its leading space</comment>
        <translation> टोकन</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source> min without use</source>
        <comment>suffix of a number of minutes, with its leading space</comment>
        <translation> मिनट तक इस्तेमाल न होने पर</translation>
    </message>
    <message>
        <source>&amp;Deterministic (same photo and question, same answer)</source>
        <translation>एक जैसे उत्तर (वही फ़ोटो और सवाल, वही उत्तर)(&amp;D)</translation>
    </message>
    <message>
        <source>Deterministic answers</source>
        <translation>एक जैसे उत्तर</translation>
    </message>
    <message>
        <source>Resets how the model runs and answers and the automatic lock; the languages stay as they are.</source>
        <translation>मॉडल चलाने, उत्तरों और स्वचालित लॉक की सेटिंग डिफ़ॉल्ट पर लौटाता है; भाषाएँ जैसी हैं वैसी रहती हैं।</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Cases without a patient</source>
        <translation>बिना मरीज़ वाले केस</translation>
    </message>
    <message>
        <source>female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>intersex</source>
        <translation>इंटरसेक्स</translation>
    </message>
    <message>
        <source>other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>photos: {count}</source>
        <translation>फ़ोटो: {count}</translation>
    </message>
    <message>
        <source>Damaged case (cannot be read)</source>
        <translation>खराब केस (पढ़ा नहीं जा सकता)</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>बिना शीर्षक का केस</translation>
    </message>
    <message>
        <source>Unnamed patient</source>
        <translation>बिना नाम का मरीज़</translation>
    </message>
    <message>
        <source>no. {number}</source>
        <translation>नं. {number}</translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation>जन्म {year}</translation>
    </message>
    <message>
        <source>type {type}</source>
        <translation>प्रकार {type}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Allergies: {allergies}</source>
        <translation>एलर्जी: {allergies}</translation>
    </message>
    <message>
        <source>Follow-up of {visit}</source>
        <translation>{visit} का फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>Patients and cases</source>
        <translation>मरीज़ और केस</translation>
    </message>
    <message>
        <source>Search cases…</source>
        <translation>केस खोजें…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>केस खोजें</translation>
    </message>
    <message>
        <source>This spot&apos;s visits side by side</source>
        <translation>इस जगह की विज़िट साथ-साथ</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>नया केस(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation>नया मरीज़(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>बदलें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>मिटाएँ(&amp;D)…</translation>
    </message>
    <message>
        <source>Compare &amp;visits…</source>
        <translation>विज़िट की तुलना करें(&amp;V)…</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>केस मिटाएँ</translation>
    </message>
    <message>
        <source>Delete the case “{case}” with its photos and conversations? This cannot be undone.</source>
        <translation>क्या केस “{case}” को उसकी फ़ोटो और बातचीत के साथ मिटा दें? इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation>मरीज़ मिटाएँ</translation>
    </message>
    <message>
        <source>Delete this patient? Their cases can be deleted too, or kept without a patient. This cannot be undone.</source>
        <translation>क्या इस मरीज़ को मिटा दें? उनके केस भी मिटाए जा सकते हैं, या बिना मरीज़ के रखे जा सकते हैं। इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Delete patient and cases</source>
        <translation>मरीज़ और केस मिटाएँ</translation>
    </message>
    <message>
        <source>Delete patient, keep cases</source>
        <translation>मरीज़ मिटाएँ, केस रखें</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें(&amp;C)</translation>
    </message>
</context>
<context>
    <name>VaultSalvage</name>
    <message>
        <source>Choose an empty folder for the salvaged vault</source>
        <translation>बचाए गए वॉल्ट के लिए एक खाली फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Salvage a damaged vault</source>
        <translation>क्षतिग्रस्त वॉल्ट बचाएँ</translation>
    </message>
    <message>
        <source>Vault passphrase:</source>
        <translation>वॉल्ट पासफ़्रेज़:</translation>
    </message>
    <message>
        <source>The vault could not be salvaged ({type}).</source>
        <translation>वॉल्ट बचाया नहीं जा सका ({type})।</translation>
    </message>
    <message>
        <source>Copied {count} records into {folder}. Start SkinGPT Desktop with --data-dir &quot;{folder}&quot; to open them; the damaged file was not changed.</source>
        <translation>{count} रिकॉर्ड {folder} में कॉपी किए गए। उन्हें खोलने के लिए SkinGPT Desktop को --data-dir &quot;{folder}&quot; के साथ शुरू करें; क्षतिग्रस्त फ़ाइल नहीं बदली गई।</translation>
    </message>
    <message>
        <source>{count} records could not be read and were left behind.</source>
        <translation>{count} रिकॉर्ड पढ़े नहीं जा सके और पीछे छूट गए।</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error</source>
        <translation>अनपेक्षित त्रुटि</translation>
    </message>
    <message>
        <source>SkinGPT Desktop hit an unexpected error. Your saved data is safe; unsaved work in the current conversation may be lost. If you report it, include this (it contains no patient data):</source>
        <translation>SkinGPT Desktop में एक अनपेक्षित त्रुटि हुई। आपका सहेजा गया डेटा सुरक्षित है; मौजूदा बातचीत का बिना सहेजा काम खो सकता है। इसकी रिपोर्ट करते समय यह जानकारी शामिल करें (इसमें मरीज़ का कोई डेटा नहीं है):</translation>
    </message>
</context>
</TS>
