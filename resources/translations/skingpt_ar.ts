<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>النسخ الاحتياطي للخزنة</translation>
    </message>
    <message>
        <source>The backup is one encrypted file with every patient, case, photo, conversation and report of this vault. Keep it away from this computer: to use a USB drive, choose a folder on it.</source>
        <translation>النسخة الاحتياطية ملف واحد مشفّر يضم كل المرضى والحالات والصور والمحادثات والتقارير في هذه الخزنة. احفظه بعيدًا عن هذا الحاسوب: لاستخدام ذاكرة USB، اختر مجلدًا عليها.</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>ال&amp;حفظ في:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Choose the folder and the name of the backup file</source>
        <translation>اختر المجلد واسم ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Vault passphrase:</source>
        <translation>عبارة مرور ال&amp;خزنة:</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>عبارة مرور الخزنة</translation>
    </message>
    <message>
        <source>&amp;Use a separate backup passphrase</source>
        <translation>ا&amp;ستخدام عبارة مرور منفصلة للنسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Without it the backup opens with the vault passphrase.</source>
        <translation>من دونها، تُفتح النسخة الاحتياطية بعبارة مرور الخزنة.</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>عبارة مرور النسخة ال&amp;احتياطية:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>أ&amp;عد كتابتها:</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>عبارة مرور النسخة الاحتياطية مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;نسخ احتياطي</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>السجلات: %v من %m</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Back up the vault to</source>
        <translation>النسخ الاحتياطي للخزنة إلى</translation>
    </message>
    <message>
        <source>SkinGPT backups (*.skgbackup)</source>
        <translation>نسخ SkinGPT الاحتياطية (*.skgbackup)</translation>
    </message>
    <message>
        <source>A file named {name} is already there. Type another name, or pick it with Choose… to replace it.</source>
        <translation>يوجد ملف باسم {name} بالفعل. اكتب اسمًا آخر، أو اختره عبر «اختيار…» لاستبداله.</translation>
    </message>
    <message>
        <source>Checking the vault passphrase, then writing the backup…</source>
        <translation>جارٍ التحقق من عبارة مرور الخزنة، ثم كتابة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>أُلغي النسخ الاحتياطي؛ لم يُكتب أي ملف.</translation>
    </message>
    <message numerus="yes">
        <source>Records backed up to {file}: %n.</source>
        <translation>
            <numerusform>السجلات المنسوخة احتياطيًا إلى {file}: %n.</numerusform>
            <numerusform>السجلات المنسوخة احتياطيًا إلى {file}: %n.</numerusform>
            <numerusform>السجلات المنسوخة احتياطيًا إلى {file}: %n.</numerusform>
            <numerusform>السجلات المنسوخة احتياطيًا إلى {file}: %n.</numerusform>
            <numerusform>السجلات المنسوخة احتياطيًا إلى {file}: %n.</numerusform>
            <numerusform>السجلات المنسوخة احتياطيًا إلى {file}: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damaged records left out (they could not be read): %n.</source>
        <translation>
            <numerusform>السجلات التالفة المستبعدة (تعذّرت قراءتها): %n.</numerusform>
            <numerusform>السجلات التالفة المستبعدة (تعذّرت قراءتها): %n.</numerusform>
            <numerusform>السجلات التالفة المستبعدة (تعذّرت قراءتها): %n.</numerusform>
            <numerusform>السجلات التالفة المستبعدة (تعذّرت قراءتها): %n.</numerusform>
            <numerusform>السجلات التالفة المستبعدة (تعذّرت قراءتها): %n.</numerusform>
            <numerusform>السجلات التالفة المستبعدة (تعذّرت قراءتها): %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase. No backup was written.</source>
        <translation>هذه ليست عبارة مرور الخزنة. لم تُكتب أي نسخة احتياطية.</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>خطأ غير متوقع ({type})</translation>
    </message>
    <message>
        <source>No backup was written: {reason}.</source>
        <translation>لم تُكتب أي نسخة احتياطية: {reason}.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>The camera cannot be used: Qt Multimedia is not available on this computer ({reason}). You can still take the photo with a phone or another camera app and add it with Add photo, drag and drop, or Paste.</source>
        <translation>لا يمكن استخدام الكاميرا: وحدة Qt Multimedia غير متاحة على هذا الحاسوب ({reason}). لا يزال بإمكانك التقاط الصورة بالهاتف أو بتطبيق كاميرا آخر، ثم إضافتها عبر «إضافة صورة» أو السحب والإفلات أو «لصق».</translation>
    </message>
    <message>
        <source>No camera was found. Connect a camera (or allow camera access for this app in your system&apos;s privacy settings) and press Look again. You can also take the photo with a phone and add it with Add photo, drag and drop, or Paste.</source>
        <translation>لم يُعثر على أي كاميرا. وصِّل كاميرا (أو اسمح لهذا التطبيق بالوصول إلى الكاميرا في إعدادات الخصوصية في نظامك) ثم اضغط «إعادة البحث». يمكنك أيضًا التقاط الصورة بالهاتف وإضافتها عبر «إضافة صورة» أو السحب والإفلات أو «لصق».</translation>
    </message>
    <message>
        <source>Hold the camera 10-20 cm from the skin, in even light.</source>
        <translation>أمسك الكاميرا على بعد 10-20 سم من الجلد، في إضاءة متجانسة.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>التقاط صورة</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>The camera cannot be used</source>
        <translation>لا يمكن استخدام الكاميرا</translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation>حالة الكاميرا</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>إعادة ال&amp;بحث</translation>
    </message>
    <message>
        <source>Look for cameras again</source>
        <translation>البحث عن الكاميرات مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>&amp;التقاط صورة</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>التقاط صورة</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>ال&amp;كاميرا:</translation>
    </message>
    <message>
        <source>Camera device</source>
        <translation>جهاز الكاميرا</translation>
    </message>
    <message>
        <source>Live camera preview</source>
        <translation>معاينة مباشرة للكاميرا</translation>
    </message>
    <message>
        <source>The camera is not ready yet; try again in a moment.</source>
        <translation>الكاميرا ليست جاهزة بعد؛ حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>The camera reported a problem: {error}. Choose another camera or close other apps that use it.</source>
        <translation>أبلغت الكاميرا عن مشكلة: {error}. اختر كاميرا أخرى أو أغلق التطبيقات الأخرى التي تستخدمها.</translation>
    </message>
    <message>
        <source>The photo could not be taken: {error}</source>
        <translation>تعذّر التقاط الصورة: {error}</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>This model needs about {need} of memory but this computer has {have}. It may be very slow or fail to load: choose a smaller quantization of the same model (for example Q4_K_M instead of Q8_0), or offload layers to a GPU in Settings.</source>
        <translation>يحتاج هذا النموذج إلى نحو {need} من الذاكرة، لكن في هذا الحاسوب {have}. قد يكون بطيئًا جدًا أو يتعذّر تحميله: اختر تكميمًا أصغر للنموذج نفسه (مثلًا Q4_K_M بدلًا من Q8_0)، أو انقل بعض الطبقات إلى GPU من الإعدادات.</translation>
    </message>
    <message>
        <source>A language model with its vision projector (two GGUF files), downloaded from huggingface.co/{repo} and installed as a model pack.</source>
        <translation>نموذج لغوي مع مُسقِط الرؤية الخاص به (ملفان بصيغة GGUF)، يُنزَّل من huggingface.co/{repo} ويُثبَّت بوصفه حزمة نموذج.</translation>
    </message>
    <message>
        <source>A model pack you build on your own computer from the original weights.</source>
        <translation>حزمة نموذج تُنشئها على حاسوبك من الأوزان الأصلية.</translation>
    </message>
    <message>
        <source>This license must be accepted before first use: the app asks you before it downloads anything.</source>
        <translation>يجب قبول هذا الترخيص قبل أول استخدام: يسألك التطبيق قبل أن يُنزّل أي شيء.</translation>
    </message>
    <message>
        <source>This license must be accepted before first use.</source>
        <translation>يجب قبول هذا الترخيص قبل أول استخدام.</translation>
    </message>
    <message>
        <source>It fits in this computer’s memory.</source>
        <translation>تكفيه ذاكرة هذا الحاسوب.</translation>
    </message>
    <message>
        <source>about {photo} s per photo, {words} words per second (estimated from a short measurement)</source>
        <translation>نحو {photo} ث لكل صورة، و{words} كلمة في الثانية (تقدير من قياس قصير)</translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>على هذا الحاسوب:</translation>
    </message>
    <message>
        <source>Recommended for this computer</source>
        <translation>موصى به لهذا الحاسوب</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>نحو {size}</translation>
    </message>
    <message>
        <source>This model is installed: see Installed packs.</source>
        <translation>هذا النموذج مثبَّت: راجع «الحزم المثبّتة».</translation>
    </message>
    <message>
        <source>Of this model&apos;s versions, this is the largest that fits this computer&apos;s memory.</source>
        <translation>من بين إصدارات هذا النموذج، هذا أكبر إصدار تكفيه ذاكرة هذا الحاسوب.</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>ما هو:</translation>
    </message>
    <message>
        <source>Good at:</source>
        <translation>يجيد:</translation>
    </message>
    <message>
        <source>Download size:</source>
        <translation>حجم التنزيل:</translation>
    </message>
    <message>
        <source>This pack cannot be downloaded ready-made: build it on your computer by following the guide {guide} in the app&apos;s documentation, then use Import from folder.</source>
        <translation>لا يمكن تنزيل هذه الحزمة جاهزة: أنشئها على حاسوبك باتّباع الدليل {guide} في وثائق التطبيق، ثم استخدم «استيراد من مجلد».</translation>
    </message>
    <message>
        <source>Model catalogue</source>
        <translation>كتالوج النماذج</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>إدخال في الكتالوج</translation>
    </message>
    <message>
        <source>Download and i&amp;nstall</source>
        <translation>تنزيل وتثبيت(&amp;N)</translation>
    </message>
    <message>
        <source>{name} (installed)</source>
        <translation>{name} (مثبَّت)</translation>
    </message>
    <message>
        <source>The catalogue has no entries.</source>
        <translation>لا يحتوي الكتالوج على أي إدخالات.</translation>
    </message>
    <message>
        <source>A pack named &apos;{name}&apos; is already installed; remove it first to install it again.</source>
        <translation>توجد حزمة مثبّتة باسم &apos;{name}&apos;؛ أزِلها أولًا لتثبيتها مجددًا.</translation>
    </message>
    <message>
        <source>{name} cannot be downloaded ready-made.</source>
        <translation>لا يمكن تنزيل {name} جاهزة.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the vault passphrase</source>
        <translation>تغيير عبارة مرور الخزنة</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>عبارة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;كرّر الجديدة:</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;تغيير</translation>
    </message>
    <message>
        <source>Also re-&amp;encrypt every record under a new key (when the old passphrase may be known to someone; takes longer)</source>
        <translation>إعادة &amp;تشفير كل سجل أيضًا بمفتاح جديد (إذا كان أحد قد يعرف عبارة المرور القديمة؛ يستغرق وقتًا أطول)</translation>
    </message>
    <message>
        <source>This vault has a recovery key: it keeps working after the change.</source>
        <translation>لهذه الخزنة مفتاح استرداد: يبقى صالحًا بعد التغيير.</translation>
    </message>
    <message>
        <source>This vault has no recovery key: if the new passphrase is lost, nobody can open the vault.</source>
        <translation>ليس لهذه الخزنة مفتاح استرداد: إذا ضاعت عبارة المرور الجديدة فلن يستطيع أحد فتحها.</translation>
    </message>
    <message>
        <source>Changing the passphrase… (deriving the key takes a moment on purpose)</source>
        <translation>جارٍ تغيير عبارة المرور… (اشتقاق المفتاح يستغرق لحظة عن قصد)</translation>
    </message>
    <message>
        <source>Re-encrypting the records… {done} of {total}</source>
        <translation>جارٍ إعادة تشفير السجلات… {done} من {total}</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s current passphrase. Nothing was changed.</source>
        <translation>هذه ليست عبارة المرور الحالية للخزنة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: {reason}</source>
        <translation>لم تُغيَّر عبارة المرور: {reason}</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>مفتاح استرداد جديد</translation>
    </message>
    <message>
        <source>The old recovery key no longer works. The new one is:

{key}

Write it down now and keep it safe: it is shown only this once.</source>
        <translation>لم يعد مفتاح الاسترداد القديم يعمل. المفتاح الجديد هو:

{key}

اكتبه الآن واحفظه في مكان آمن: لن يُعرض إلا هذه المرة.</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Looking at the photo…</source>
        <translation>جارٍ الاطلاع على الصورة…</translation>
    </message>
    <message>
        <source>Writing the answer… (Esc stops it)</source>
        <translation>جارٍ كتابة الإجابة… (اضغط Esc لإيقافها)</translation>
    </message>
    <message>
        <source>1 token in {seconds} s ({rate} tokens/s)</source>
        <translation>رمز واحد في {seconds} ث ({rate} رمز/ث)</translation>
    </message>
    <message>
        <source>{tokens} tokens in {seconds} s ({rate} tokens/s)</source>
        <translation>{tokens} رمز في {seconds} ث ({rate} رمز/ث)</translation>
    </message>
    <message>
        <source>(speculative decoding: {percent} % of the proposed tokens kept)</source>
        <translation>(فك الترميز التخميني: أُبقي على {percent} % من الرموز المقترحة)</translation>
    </message>
    <message>
        <source>Stopped. {speed}</source>
        <translation>تم الإيقاف. {speed}</translation>
    </message>
    <message>
        <source>Largest pause of the window while answering: {ms} ms</source>
        <translation>أطول توقف للنافذة أثناء الإجابة: {ms} مللي ثانية</translation>
    </message>
    <message>
        <source>The answer could not be generated ({type}).</source>
        <translation>تعذّر توليد الإجابة ({type}).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>تم الإيقاف.</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Model output, not a diagnosis</source>
        <translation>مخرجات النموذج، وليست تشخيصًا</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>أُوقفت</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Not a diagnosis.</source>
        <translation>ليس تشخيصًا.</translation>
    </message>
    <message>
        <source>Read the full disclaimer</source>
        <translation>قراءة إخلاء المسؤولية كاملًا</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>إخلاء المسؤولية الطبية</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>حالة المحادثة</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>تفاصيل الحالة</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Generation status</source>
        <translation>حالة التوليد</translation>
    </message>
    <message>
        <source>Ask: {prompt} (Ctrl+{number})</source>
        <translation>اسأل: {prompt} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Ask clinical question {number}</source>
        <translation>طرح السؤال السريري {number}</translation>
    </message>
    <message>
        <source>Ask &amp;all four</source>
        <translation>اطرح ال&amp;أربعة</translation>
    </message>
    <message>
        <source>Ask the four clinical questions in order (Ctrl+Shift+A)</source>
        <translation>اطرح الأسئلة السريرية الأربعة بالترتيب (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Ask all four clinical questions</source>
        <translation>طرح الأسئلة السريرية الأربعة كلها</translation>
    </message>
    <message>
        <source>Ask about the selected photo…</source>
        <translation>اسأل عن الصورة المحددة…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>As&amp;k</source>
        <translation>ا&amp;سأل</translation>
    </message>
    <message>
        <source>Ask question</source>
        <translation>طرح السؤال</translation>
    </message>
    <message>
        <source>Ask the question (Enter)</source>
        <translation>اطرح السؤال (Enter)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;إيقاف</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>إيقاف الإجابة</translation>
    </message>
    <message>
        <source>Stop the answer being written (Esc)</source>
        <translation>إيقاف كتابة الإجابة (Esc)</translation>
    </message>
    <message>
        <source>Add a photo, then ask a question or use one of the clinical prompts below. Answers are written by the model pack shown above each answer.</source>
        <translation>أضف صورة، ثم اطرح سؤالًا أو استخدم أحد الأسئلة السريرية أدناه. تكتب الإجاباتِ حزمةُ النموذج المعروضة فوق كل إجابة.</translation>
    </message>
    <message>
        <source>About photo {number} ({view})</source>
        <translation>بشأن الصورة {number} ({view})</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>أنت:</translation>
    </message>
    <message>
        <source>pack: {pack}</source>
        <translation>الحزمة: {pack}</translation>
    </message>
    <message>
        <source>unknown pack</source>
        <translation>حزمة غير معروفة</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
    <message>
        <source>Evaluate a pack</source>
        <translation>تقييم حزمة</translation>
    </message>
    <message>
        <source>Measure how often each pack names the label of your own labelled photos. The results stay where you choose: encrypted in the vault, or in a folder; nothing leaves this computer.</source>
        <translation>قِس عدد المرات التي تذكر فيها كل حزمة تصنيف صورك المصنّفة. تبقى النتائج حيث تختار: مشفّرة في الخزنة، أو في مجلد؛ لا يغادر شيء هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>مجموعة ال&amp;بيانات:</translation>
    </message>
    <message>
        <source>A folder of class folders, or a CSV or JSON list</source>
        <translation>مجلد يضم مجلدًا لكل فئة، أو قائمة CSV أو JSON</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>مجموعة البيانات</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>م&amp;جلد…</translation>
    </message>
    <message>
        <source>&amp;List…</source>
        <translation>&amp;قائمة…</translation>
    </message>
    <message>
        <source>&amp;Packs:</source>
        <translation>ال&amp;حزم:</translation>
    </message>
    <message>
        <source>Packs to evaluate</source>
        <translation>الحزم المراد تقييمها</translation>
    </message>
    <message>
        <source>&amp;Runs per photo:</source>
        <translation>&amp;عدد التشغيلات لكل صورة:</translation>
    </message>
    <message>
        <source>One greedy answer gives the accuracy; more runs, sampled, measure consistency.</source>
        <translation>إجابة جشعة واحدة تعطي الدقة؛ التشغيلات الإضافية، بالمعاينة العشوائية، تقيس الاتساق.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>البذ&amp;رة:</translation>
    </message>
    <message>
        <source>&amp;Keep the results:</source>
        <translation>احفظ ال&amp;نتائج:</translation>
    </message>
    <message>
        <source>Encrypted in the vault</source>
        <translation>مشفّرة في الخزنة</translation>
    </message>
    <message>
        <source>In a folder</source>
        <translation>في مجلد</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>مجلد الإ&amp;خراج:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>مجلد الإخراج</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختي&amp;ار…</translation>
    </message>
    <message>
        <source>In the &amp;vault:</source>
        <translation>في ال&amp;خزنة:</translation>
    </message>
    <message>
        <source>Evaluations kept in the vault</source>
        <translation>التقييمات المحفوظة في الخزنة</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>اع&amp;رض</translation>
    </message>
    <message>
        <source>Show a finished evaluation; a stopped one fills in its settings, for Resume</source>
        <translation>يعرض تقييمًا منتهيًا؛ أما التقييم المتوقف فتُملأ إعداداته للاستئناف</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>ا&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>ابد&amp;أ</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>منتهٍ</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n answers</source>
        <translation>
            <numerusform>توقف بعد %n إجابة</numerusform>
            <numerusform>توقف بعد %n إجابة</numerusform>
            <numerusform>توقف بعد %n إجابة</numerusform>
            <numerusform>توقف بعد %n إجابة</numerusform>
            <numerusform>توقف بعد %n إجابة</numerusform>
            <numerusform>توقف بعد %n إجابة</numerusform>
        </translation>
    </message>
    <message>
        <source>Its settings are filled in: press Resume to continue it.</source>
        <translation>مُلئت إعداداته: اضغط «استئناف» لمتابعته.</translation>
    </message>
    <message>
        <source>Delete evaluation</source>
        <translation>حذف التقييم</translation>
    </message>
    <message>
        <source>Delete this evaluation and all its answers from the vault? This cannot be undone.</source>
        <translation>هل تحذف هذا التقييم وكل إجاباته من الخزنة؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>The evaluation was deleted.</source>
        <translation>حُذف التقييم.</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>مجلد التقرير</translation>
    </message>
    <message>
        <source>The report, results.json and cases.csv are in {out}.</source>
        <translation>التقرير وresults.json وcases.csv موجودة في {out}.</translation>
    </message>
    <message>
        <source>No program opened {page}; open it from its folder.</source>
        <translation>لم يفتح أي برنامج {page}؛ افتحه من مجلده.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>است&amp;ئناف</translation>
    </message>
    <message>
        <source>Continue a stopped evaluation: the one in the output folder, or in the vault the one of the same dataset, packs, runs and seed</source>
        <translation>متابعة تقييم متوقف: الموجود في مجلد الإخراج، أو في الخزنة التقييم ذو مجموعة البيانات والحزم والتشغيلات والبذرة نفسها</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>احفظ ال&amp;تقرير…</translation>
    </message>
    <message>
        <source>Write report.html, report.pdf, results.json and cases.csv into a folder you choose</source>
        <translation>اكتب report.html وreport.pdf وresults.json وcases.csv في مجلد تختاره</translation>
    </message>
    <message>
        <source>Open report.html, with the plots; report.pdf is beside it</source>
        <translation>فتح report.html مع الرسوم البيانية؛ report.pdf بجانبه</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>فتح في المت&amp;صفح</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>إيقا&amp;ف</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Dataset: a folder of class folders</source>
        <translation>مجموعة البيانات: مجلد يضم مجلدًا لكل فئة</translation>
    </message>
    <message>
        <source>Dataset: a list of photos</source>
        <translation>مجموعة البيانات: قائمة صور</translation>
    </message>
    <message>
        <source>Case lists (*.csv *.json)</source>
        <translation>قوائم الحالات (*.csv *.json)</translation>
    </message>
    <message>
        <source>Folder for the results</source>
        <translation>مجلد النتائج</translation>
    </message>
    <message>
        <source>The output folder already holds an evaluation: press Resume to continue it, or choose another folder.</source>
        <translation>مجلد الإخراج يحتوي بالفعل على تقييم: اضغط استئناف لمتابعته، أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Loading the dataset and the first pack…</source>
        <translation>جارٍ تحميل مجموعة البيانات والحزمة الأولى…</translation>
    </message>
    <message>
        <source>{pack} (pack {index} of {count}): {done} of {total} answers</source>
        <translation>{pack} (الحزمة {index} من {count}): {done} من {total} إجابة</translation>
    </message>
    <message>
        <source>{progress}, about {time} left</source>
        <translation>{progress}، يتبقى نحو {time}</translation>
    </message>
    <message>
        <source>Done. The report, results.json and cases.csv are in {out}.</source>
        <translation>تم. التقرير وresults.json وcases.csv موجودة في {out}.</translation>
    </message>
    <message>
        <source>Done. The results are kept encrypted in the vault; Save report… writes them into a folder.</source>
        <translation>تم. النتائج محفوظة مشفّرة في الخزنة؛ «احفظ التقرير…» يكتبها في مجلد.</translation>
    </message>
    <message>
        <source>Stopped. The answers so far are kept: press Resume to continue.</source>
        <translation>توقف. الإجابات حتى الآن محفوظة: اضغط استئناف للمتابعة.</translation>
    </message>
    <message>
        <source>{pack} needs its license accepted first: load it once from Model packs to read and accept it.</source>
        <translation>يجب قبول ترخيص {pack} أولًا: حمّلها مرة واحدة من حزم النماذج لقراءة الترخيص وقبوله.</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>خطأ غير متوقع ({type})</translation>
    </message>
    <message>
        <source>The evaluation stopped: {reason}.</source>
        <translation>توقف التقييم: {reason}.</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>Pack evaluation on your own cases</source>
        <translation>تقييم الحزم على حالاتك</translation>
    </message>
    <message>
        <source>This measures how often each pack&apos;s description names the labelled condition on these photos. It is not a clinical validation: the numbers hold for these cases and labels only.</source>
        <translation>يقيس هذا عدد المرات التي يذكر فيها وصف كل حزمة الحالة المُصنّفة في هذه الصور. ليس هذا تحققًا سريريًا: الأرقام تخص هذه الحالات وتصنيفاتها فقط.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Top-1 accuracy</source>
        <translation>دقة أول إجابة (top-1)</translation>
    </message>
    <message>
        <source>Top-3 accuracy</source>
        <translation>دقة أول ثلاث إجابات (top-3)</translation>
    </message>
    <message>
        <source>Consistency across runs</source>
        <translation>الاتساق بين التشغيلات</translation>
    </message>
    <message>
        <source>n/a (one run)</source>
        <translation>غير متاح (تشغيل واحد)</translation>
    </message>
    <message>
        <source>Worst skin-type group (top-1)</source>
        <translation>أسوأ مجموعة لنوع البشرة (top-1)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>{group}: {value} % ({gap} points below the best)</source>
        <translation>{group}: {value} % (أقل من الأفضل بـ {gap} نقطة)</translation>
    </message>
    <message>
        <source>{value} % (95 % CI {low}-{high}, n = {n})</source>
        <translation>{value} % (فاصل ثقة 95 % {low}-{high}، n = {n})</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>McNemar: {b} cases right only with the first, {c} only with the second; p = {p}</source>
        <translation>اختبار McNemar: {b} حالة صحيحة مع الأولى فقط، و{c} مع الثانية فقط؛ p = {p}</translation>
    </message>
    <message>
        <source>Rows not used ({count})</source>
        <translation>صفوف غير مستخدمة ({count})</translation>
    </message>
    <message>
        <source>No plots: this installation has no matplotlib (the installed app leaves it out); run the evaluation from a source install for them. The figures above are complete.</source>
        <translation>لا رسوم بيانية: هذا التثبيت لا يتضمن matplotlib (التطبيق المثبّت لا يشمله)؛ شغّل التقييم من تثبيت للشيفرة المصدرية للحصول عليها. الأرقام أعلاه كاملة.</translation>
    </message>
    <message>
        <source>{pack}: confusion matrix</source>
        <translation>{pack}: مصفوفة الالتباس</translation>
    </message>
    <message>
        <source>answer (first run, top 1)</source>
        <translation>الإجابة (التشغيل الأول، top 1)</translation>
    </message>
    <message>
        <source>label</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>{pack}: accuracy by skin type</source>
        <translation>{pack}: الدقة حسب نوع البشرة</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>نوع البشرة حسب فيتزباتريك</translation>
    </message>
    <message>
        <source>top-1 accuracy (95 % CI)</source>
        <translation>دقة top-1 (فاصل ثقة 95 %)</translation>
    </message>
    <message>
        <source>SkinGPT Desktop {version} · pack evaluation · page {page} of {pages}</source>
        <translation>SkinGPT Desktop {version} · تقييم الحزم · الصفحة {page} من {pages}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to SkinGPT Desktop</source>
        <translation>مرحبًا بك في SkinGPT Desktop</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>لغة التطبيق</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>إخلاء المسؤولية الطبية</translation>
    </message>
    <message>
        <source>I have read and understood: SkinGPT Desktop gives information, &amp;not a diagnosis.</source>
        <translation>قرأتُ وفهمت: يقدّم SkinGPT Desktop معلومات، و&amp;ليس تشخيصًا.</translation>
    </message>
    <message>
        <source>Accept the medical disclaimer</source>
        <translation>قبول إخلاء المسؤولية الطبية</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;متابعة</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Create your encrypted vault&lt;/h3&gt;&lt;p&gt;Photos, patients and conversations are stored only on this computer, encrypted with a key made from your passphrase. Choose a passphrase of several random words.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;أنشئ خزنتك المشفّرة&lt;/h3&gt;&lt;p&gt;تُحفظ الصور وبيانات المرضى والمحادثات على هذا الحاسوب فقط، مشفّرةً بمفتاح مشتق من عبارة المرور الخاصة بك. اختر عبارة مرور من عدة كلمات عشوائية.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;تأكيد:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>أعد إدخال عبارة المرور</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>القوة:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>نصائح حول عبارة المرور</translation>
    </message>
    <message>
        <source>Also create a &amp;recovery key (recommended)</source>
        <translation>أنشئ أيضًا مفتاح ا&amp;سترداد (موصى به)</translation>
    </message>
    <message>
        <source>Without the passphrase or the recovery key the data in this vault cannot be recovered by anyone, including the makers of SkinGPT Desktop.</source>
        <translation>من دون عبارة المرور أو مفتاح الاسترداد لا يستطيع أحد استعادة البيانات في هذه الخزنة، ولا حتى صانعو SkinGPT Desktop.</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>حالة الخزنة</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>إ&amp;نشاء الخزنة</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your recovery key&lt;/h3&gt;&lt;p&gt;This key opens the vault if you forget the passphrase. It is shown &lt;b&gt;only now&lt;/b&gt;: write it down or print it and keep it somewhere safe, away from this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;مفتاح الاسترداد الخاص بك&lt;/h3&gt;&lt;p&gt;يفتح هذا المفتاح الخزنة إذا نسيت عبارة المرور. وهو يُعرض &lt;b&gt;الآن فقط&lt;/b&gt;: اكتبه أو اطبعه واحفظه في مكان آمن بعيدًا عن هذا الحاسوب.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;حفظ في ملف…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down or stored it safely</source>
        <translation>&amp;دوّنت مفتاح الاسترداد أو حفظته في مكان آمن</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Choose a model pack&lt;/h3&gt;&lt;p&gt;A model pack holds the SkinGPT-4 model converted for this app. Import one from a folder or USB drive, or download one. You can also do this later from the Model menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;اختر حزمة نموذج&lt;/h3&gt;&lt;p&gt;تحتوي حزمة النموذج على نموذج SkinGPT-4 محوَّلًا لهذا التطبيق. استوردها من مجلد أو من ذاكرة USB، أو نزّلها. يمكنك أيضًا فعل ذلك لاحقًا من قائمة النموذج.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Installed model packs</source>
        <translation>حزم النماذج المثبّتة</translation>
    </message>
    <message>
        <source>&amp;Install or manage packs…</source>
        <translation>&amp;تثبيت الحزم أو إدارتها…</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>Creating your encrypted vault… (deriving the key takes a moment on purpose)</source>
        <translation>جارٍ إنشاء خزنتك المشفّرة… (يستغرق اشتقاق المفتاح بعض الوقت عن قصد)</translation>
    </message>
    <message>
        <source>The vault could not be created: {reason}</source>
        <translation>تعذّر إنشاء الخزنة: {reason}</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>حفظ مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>SkinGPT recovery key.txt</source>
        <comment>file name</comment>
        <translation>مفتاح استرداد SkinGPT.txt</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <comment>file type filter: keep (*.txt)</comment>
        <translation>نص (*.txt)</translation>
    </message>
    <message>
        <source>The recovery key was not saved: {reason}</source>
        <translation>لم يُحفظ مفتاح الاسترداد: {reason}</translation>
    </message>
    <message>
        <source>Saved to {file}. Move it off this computer (a USB stick, a printout) and keep it safe.</source>
        <translation>حُفظ في {file}. انقله بعيدًا عن هذا الحاسوب (إلى ذاكرة USB أو نسخة مطبوعة) واحفظه في مكان آمن.</translation>
    </message>
    <message>
        <source>The recovery key was sent to the printer.</source>
        <translation>أُرسل مفتاح الاسترداد إلى الطابعة.</translation>
    </message>
    <message>
        <source>Looking for model packs…</source>
        <translation>جارٍ البحث عن حزم النماذج…</translation>
    </message>
    <message>
        <source>No model pack installed yet.</source>
        <translation>لم تُثبَّت أي حزمة نموذج بعد.</translation>
    </message>
    <message>
        <source>The installed packs could not be listed ({type}).</source>
        <translation>تعذّر عرض قائمة الحزم المثبّتة ({type}).</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Quit SkinGPT Desktop?</source>
        <translation>هل تريد الخروج من SkinGPT Desktop؟</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Compare visits of this spot</source>
        <translation>مقارنة زيارات هذا الموضع</translation>
    </message>
    <message>
        <source>&amp;Change since the earlier visit:</source>
        <translation>&amp;التغيّر منذ الزيارة السابقة:</translation>
    </message>
    <message>
        <source>e.g. larger, edge now irregular</source>
        <translation>مثال: أكبر، والحافة صارت غير منتظمة</translation>
    </message>
    <message>
        <source>Change since the earlier visit</source>
        <translation>التغيّر منذ الزيارة السابقة</translation>
    </message>
    <message>
        <source>Sa&amp;ve note</source>
        <translation>حفظ المل&amp;احظة</translation>
    </message>
    <message>
        <source>Question about both photos</source>
        <translation>سؤال عن الصورتين</translation>
    </message>
    <message>
        <source>&amp;Ask about both photos</source>
        <translation>ا&amp;سأل عن الصورتين</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>Earlier visit</source>
        <translation>الزيارة السابقة</translation>
    </message>
    <message>
        <source>Later visit</source>
        <translation>الزيارة اللاحقة</translation>
    </message>
    <message>
        <source>Loading the visits…</source>
        <translation>جارٍ تحميل الزيارات…</translation>
    </message>
    <message>
        <source>This visit is not linked to another one yet: edit a later case and choose this one under Same spot as.</source>
        <translation>هذه الزيارة غير مرتبطة بزيارة أخرى بعد: عدّل حالة لاحقة واختر هذه الزيارة في «نفس موضع»</translation>
    </message>
    <message>
        <source>Change noted: {note}</source>
        <translation>التغيّر المدوَّن: {note}</translation>
    </message>
    <message>
        <source>Model output, not a diagnosis</source>
        <translation>مخرجات النموذج، وليست تشخيصًا</translation>
    </message>
    <message numerus="yes">
        <source>{earlier} → {later} · days between the visits: %n</source>
        <translation>
            <numerusform>{earlier} ← {later} · الأيام بين الزيارتين: %n</numerusform>
            <numerusform>{earlier} ← {later} · الأيام بين الزيارتين: %n</numerusform>
            <numerusform>{earlier} ← {later} · الأيام بين الزيارتين: %n</numerusform>
            <numerusform>{earlier} ← {later} · الأيام بين الزيارتين: %n</numerusform>
            <numerusform>{earlier} ← {later} · الأيام بين الزيارتين: %n</numerusform>
            <numerusform>{earlier} ← {later} · الأيام بين الزيارتين: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The change note was saved.</source>
        <translation>حُفظت ملاحظة التغيّر.</translation>
    </message>
    <message>
        <source>Both photos answered.</source>
        <translation>تمت الإجابة عن الصورتين.</translation>
    </message>
    <message>
        <source>Asking about the photo of {date}…</source>
        <translation>جارٍ السؤال عن صورة {date}…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>تم الإيقاف.</translation>
    </message>
    <message>
        <source>Load a model pack to ask about the photos</source>
        <translation>حمّل حزمة نموذج لتسأل عن الصورتين</translation>
    </message>
</context>
<context>
    <name>Installer</name>
    <message>
        <source>{name}: only packs installed in the app&apos;s packs folder can be removed here</source>
        <translation>{name}: لا يمكن هنا إزالة إلا الحزم المثبّتة في مجلد الحزم الخاص بالتطبيق</translation>
    </message>
    <message>
        <source>{where}: pack name &apos;{name}&apos; cannot be used as a folder name</source>
        <translation>{where}: لا يمكن استخدام اسم الحزمة &apos;{name}&apos; اسمًا لمجلد</translation>
    </message>
    <message>
        <source>{folder}: no {manifest} here; choose the pack&apos;s folder</source>
        <translation>{folder}: لا يوجد {manifest} هنا؛ اختر مجلد الحزمة</translation>
    </message>
    <message>
        <source>a pack named &apos;{name}&apos; is already installed</source>
        <translation>توجد بالفعل حزمة مثبّتة باسم &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{file}: missing (the pack folder is incomplete)</source>
        <translation>{file}: مفقود (مجلد الحزمة غير مكتمل)</translation>
    </message>
    <message>
        <source>{file}: size is {size} bytes, the manifest says {expected}</source>
        <translation>{file}: الحجم {size} بايت، بينما يذكر ملف البيان {expected}</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the manifest (damaged or altered file); nothing was installed</source>
        <translation>{file}: بصمة SHA-256 لا تطابق ملف البيان (الملف تالف أو معدَّل)؛ لم يُثبَّت أي شيء</translation>
    </message>
    <message>
        <source>Cannot reach {host}: {reason}. This computer seems to be offline or a firewall blocks the connection. Connect to the internet and try again, or copy the pack from another computer and use Import from folder.</source>
        <translation>تعذّر الوصول إلى {host}: {reason}. يبدو أن هذا الحاسوب غير متصل بالإنترنت أو أن جدار حماية يحظر الاتصال. اتصل بالإنترنت وحاول مرة أخرى، أو انسخ الحزمة من حاسوب آخر واستخدم «استيراد من مجلد».</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be looked up</source>
        <translation>تعذّر العثور على اسم الخادم</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>لا رد خلال {seconds} ث</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>رُفض الاتصال</translation>
    </message>
    <message>
        <source>{name} was not found (HTTP 404): check the repository id and that it holds a SkinGPT Desktop model pack</source>
        <translation>لم يُعثر على {name} (HTTP 404): تحقّق من معرّف المستودع ومن أنه يحتوي على حزمة نموذج SkinGPT Desktop</translation>
    </message>
    <message>
        <source>access to {name} was refused (HTTP {code}): the repository is private or gated; download it in a browser after accepting its terms, then import it</source>
        <translation>رُفض الوصول إلى {name} (HTTP {code}): المستودع خاص أو مقيّد الوصول؛ نزّله في متصفح بعد قبول شروطه، ثم استورده</translation>
    </message>
    <message>
        <source>the server answered HTTP {code} for {name}; try again later</source>
        <translation>أجاب الخادم بالرمز HTTP {code} بشأن {name}؛ حاول مرة أخرى لاحقًا</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a repository id (expected owner/name)</source>
        <translation>&apos;{repo}&apos; ليس معرّف مستودع (الصيغة المتوقعة: owner/name)</translation>
    </message>
    <message>
        <source>{repo}: {manifest} is too large to be a pack manifest</source>
        <translation>{repo}: حجم {manifest} أكبر من أن يكون ملف بيان لحزمة</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the pack manifest; the download was damaged or altered and has been deleted. Nothing was installed.</source>
        <translation>{file}: بصمة SHA-256 لا تطابق ملف بيان الحزمة؛ فقد تلف التنزيل أو عُدِّل، وقد حُذف. لم يُثبَّت أي شيء.</translation>
    </message>
    <message>
        <source>{file}: the connection was lost after {have} of {size} bytes ({error}); press Download again to resume from there</source>
        <translation>{file}: انقطع الاتصال بعد {have} من {size} بايت ({error})؛ اضغط «تنزيل» مرة أخرى للاستئناف من حيث توقف</translation>
    </message>
    <message>
        <source>Downloads are switched off on this computer (the HF_HUB_OFFLINE setting). Unset it to download, or copy the pack from another computer and use Import from folder.</source>
        <translation>التنزيلات معطّلة على هذا الحاسوب (الإعداد HF_HUB_OFFLINE). ألغِ هذا الإعداد للتنزيل، أو انسخ الحزمة من حاسوب آخر واستخدم «استيراد من مجلد».</translation>
    </message>
    <message>
        <source>Not enough free disk space in {folder}: the download needs {need} and {free} are free. Free some space and try again.</source>
        <translation>لا توجد مساحة خالية كافية في {folder}: يحتاج التنزيل إلى {need} والمتاح {free}. حرّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{file}: cannot write the download ({error})</source>
        <translation>{file}: تتعذّر كتابة التنزيل ({error})</translation>
    </message>
    <message>
        <source>{file}: Hugging Face publishes no hash for this file, so it cannot be checked; nothing was installed</source>
        <translation>{file}: لا ينشر Hugging Face بصمة لهذا الملف، لذا لا يمكن التحقق منه؛ لم يُثبَّت أي شيء</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the hash Hugging Face publishes; the download was damaged or altered and has been deleted. Nothing was installed.</source>
        <translation>{file}: بصمة SHA-256 لا تطابق البصمة التي ينشرها Hugging Face؛ فقد تلف التنزيل أو عُدِّل، وقد حُذف. لم يُثبَّت أي شيء.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be downloaded: it is not a plain file path inside the repository</source>
        <translation>لا يمكن تنزيل «{name}»: ليس مسار ملف عاديًا داخل المستودع</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <source>Accept the license</source>
        <translation>قبول الترخيص</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>قبول(&amp;A)</translation>
    </message>
    <message>
        <source>{model} is provided under its own license, which you must accept before you download and use it.</source>
        <translation>يُقدَّم {model} بموجب الترخيص الخاص به، ويجب أن تقبله قبل تنزيله واستخدامه.</translation>
    </message>
    <message>
        <source>Read the license on the model’s page before accepting.</source>
        <translation>اقرأ الترخيص في صفحة النموذج قبل القبول.</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>الترخيص:</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>الاستخدام المقصود:</translation>
    </message>
    <message>
        <source>Known limits:</source>
        <translation>القيود المعروفة:</translation>
    </message>
    <message>
        <source>{pack} may only be used under its license&apos;s terms. Read them and accept them to use this model pack.</source>
        <translation>لا يجوز استخدام {pack} إلا وفق شروط ترخيصه. اقرأها واقبلها لاستخدام حزمة النموذج هذه.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The vault is locked</source>
        <translation>الخزنة مقفلة</translation>
    </message>
    <message>
        <source>Patients, photos and conversations are encrypted. Enter your passphrase to open them.</source>
        <translation>بيانات المرضى والصور والمحادثات مشفّرة. أدخل عبارة المرور لفتحها.</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>استخدم مفتاح ا&amp;سترداد بدلًا من ذلك</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>فتح قفل الخزنة</translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation>حالة فتح القفل</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>مفتاح الأحرف الكبيرة (Caps Lock) مفعّل.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;مفتاح الاسترداد:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Unlocking… (deriving the key takes a moment on purpose)</source>
        <translation>جارٍ فتح القفل… (يستغرق اشتقاق المفتاح بعض الوقت عن قصد)</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Compare it with the saved or printed copy and try again. Nothing was changed.</source>
        <translation>مفتاح الاسترداد هذا لا يفتح هذه الخزنة. قارنه بالنسخة المحفوظة أو المطبوعة وحاول مرة أخرى. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check the spelling and whether Caps Lock is on, then try again. Nothing was changed.</source>
        <translation>عبارة المرور هذه لا تفتح هذه الخزنة. تحقّق من كتابتها ومن أن مفتاح الأحرف الكبيرة (Caps Lock) غير مفعّل، ثم حاول مرة أخرى. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The vault could not be opened: {reason}</source>
        <translation>تعذّر فتح الخزنة: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Add a photo from a file</source>
        <translation>إضافة صورة من ملف</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>لصق صورة</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Ask clinical question 1 to 4</source>
        <translation>طرح السؤال السريري من 1 إلى 4</translation>
    </message>
    <message>
        <source>Ask all four clinical questions</source>
        <translation>طرح الأسئلة السريرية الأربعة كلها</translation>
    </message>
    <message>
        <source>Go to the question box</source>
        <translation>الانتقال إلى مربع السؤال</translation>
    </message>
    <message>
        <source>Stop the answer being written</source>
        <translation>إيقاف كتابة الإجابة</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>حفظ الحالة</translation>
    </message>
    <message>
        <source>Report: warning signs, summary, PDFs</source>
        <translation>التقرير: علامات الخطر، والملخّص، وملفات PDF</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>البحث في الحالات</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>قفل الخزنة</translation>
    </message>
    <message>
        <source>Model packs</source>
        <translation>حزم النماذج</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Loading the vision model</source>
        <translation>جارٍ تحميل نموذج الرؤية</translation>
    </message>
    <message>
        <source>Loading the language model</source>
        <translation>جارٍ تحميل النموذج اللغوي</translation>
    </message>
    <message>
        <source>Measuring whether speculative decoding is faster on this computer</source>
        <translation>جارٍ قياس ما إذا كان فك الترميز التخميني أسرع على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>هذه النسخة المثبّتة</translation>
    </message>
    <message>
        <source>Checking llama.cpp…</source>
        <translation>جارٍ التحقق من llama.cpp…</translation>
    </message>
    <message>
        <source>SkinGPT Desktop {version}</source>
        <translation>SkinGPT Desktop {version}</translation>
    </message>
    <message>
        <source>An offline dermatology assistant that runs SkinGPT-4 model packs on this computer. Photos and conversations never leave it.</source>
        <translation>مساعد للأمراض الجلدية يعمل دون اتصال بالإنترنت ويشغّل حزم نماذج SkinGPT-4 على هذا الحاسوب. لا تغادر الصور والمحادثات هذا الحاسوب أبدًا.</translation>
    </message>
    <message>
        <source>It gives information, not a diagnosis.</source>
        <translation>يقدّم معلومات، وليس تشخيصًا.</translation>
    </message>
    <message>
        <source>No model pack loaded</source>
        <translation>لم تُحمَّل أي حزمة نموذج</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>SkinGPT Desktop</source>
        <translation>SkinGPT Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>ال&amp;نموذج</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>حالة &amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>إ&amp;ضافة صورة…</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>&amp;لصق صورة</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>ال&amp;كاميرا…</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;حفظ الحالة</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;تقرير…</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>&amp;قفل الخزنة</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>&amp;تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>&amp;نسخ احتياطي للخزنة…</translation>
    </message>
    <message>
        <source>R&amp;estore from backup…</source>
        <translation>ا&amp;سترداد من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Sal&amp;vage a damaged vault…</source>
        <translation>إ&amp;نقاذ خزنة تالفة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Model &amp;packs…</source>
        <translation>&amp;حزم النماذج…</translation>
    </message>
    <message>
        <source>&amp;Evaluate a pack…</source>
        <translation>ت&amp;قييم حزمة…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Go to the &amp;question box</source>
        <translation>الانتقال إلى مربع ال&amp;سؤال</translation>
    </message>
    <message>
        <source>Medical &amp;disclaimer</source>
        <translation>إخلاء المسؤولية ال&amp;طبية</translation>
    </message>
    <message>
        <source>&amp;Photo tips</source>
        <translation>&amp;نصائح التصوير</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;حول</translation>
    </message>
    <message>
        <source>Warning signs, summary and urgency, PDFs (Ctrl+R)</source>
        <translation>علامات الخطر، والملخّص ودرجة الاستعجال، وملفات PDF (Ctrl+R)</translation>
    </message>
    <message>
        <source>Model pack status</source>
        <translation>حالة حزمة النموذج</translation>
    </message>
    <message>
        <source>Lock vault</source>
        <translation>قفل الخزنة</translation>
    </message>
    <message>
        <source>Save this case before locking? Unsaved photos and answers are removed from the screen when the vault locks.</source>
        <translation>هل تريد حفظ هذه الحالة قبل القفل؟ تُزال الصور والإجابات غير المحفوظة من الشاشة عند قفل الخزنة.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n min without use.</source>
        <translation>
            <numerusform>قُفلت الخزنة بعد %n دقيقة دون استخدام.</numerusform>
            <numerusform>قُفلت الخزنة بعد دقيقة واحدة دون استخدام.</numerusform>
            <numerusform>قُفلت الخزنة بعد دقيقتين دون استخدام.</numerusform>
            <numerusform>قُفلت الخزنة بعد %n دقائق دون استخدام.</numerusform>
            <numerusform>قُفلت الخزنة بعد %n دقيقة دون استخدام.</numerusform>
            <numerusform>قُفلت الخزنة بعد %n دقيقة دون استخدام.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved case</source>
        <translation>حالة غير محفوظة</translation>
    </message>
    <message>
        <source>Discard the photos and answers that are not saved?</source>
        <translation>هل تريد تجاهل الصور والإجابات غير المحفوظة؟</translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation>لا يوجد ما يُحفظ بعد.</translation>
    </message>
    <message>
        <source>Saved: {title}</source>
        <translation>حُفظت: {title}</translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>لم تُحفظ الحالة</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Parts of this case could not be read: {problems}</source>
        <translation>تعذّرت قراءة أجزاء من هذه الحالة: {problems}</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>تعذّر فتح الحالة</translation>
    </message>
    <message>
        <source>The case was not deleted</source>
        <translation>لم تُحذف الحالة</translation>
    </message>
    <message>
        <source>The patient was not deleted</source>
        <translation>لم يُحذف المريض</translation>
    </message>
    <message>
        <source>Cases could not be listed</source>
        <translation>تعذّر عرض قائمة الحالات</translation>
    </message>
    <message>
        <source>{what}: {detail}</source>
        <translation>{what}: {detail}</translation>
    </message>
    <message>
        <source>Evaluation running</source>
        <translation>تقييم قيد التشغيل</translation>
    </message>
    <message>
        <source>An evaluation is running. Quit and stop it? The answers so far are kept: Resume continues it later.</source>
        <translation>يوجد تقييم قيد التشغيل. هل تخرج وتوقفه؟ الإجابات حتى الآن محفوظة: «استئناف» يتابعه لاحقًا.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <source>The vault passphrase was changed.</source>
        <translation>تم تغيير عبارة مرور الخزنة.</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>حزمة النموذج</translation>
    </message>
    <message>
        <source>{problem}. The last used model pack is loaded instead.</source>
        <translation>{problem}. تم تحميل آخر حزمة نموذج مستخدمة بدلًا منها.</translation>
    </message>
    <message>
        <source>Wait for the answer to finish (or press Stop) before changing the model pack.</source>
        <translation>انتظر حتى تكتمل الإجابة (أو اضغط «إيقاف») قبل تغيير حزمة النموذج.</translation>
    </message>
    <message>
        <source>Checking the model pack…</source>
        <translation>جارٍ التحقق من حزمة النموذج…</translation>
    </message>
    <message>
        <source>{pack} was not loaded: its license was not accepted.</source>
        <translation>لم يتم تحميل {pack}: لم يتم قبول الترخيص.</translation>
    </message>
    <message>
        <source>Loading {pack}…</source>
        <translation>جارٍ تحميل {pack}…</translation>
    </message>
    <message>
        <source>{pack}: {stage}…</source>
        <translation>{pack}: {stage}…</translation>
    </message>
    <message>
        <source>The model pack could not be loaded ({type}: {exc})</source>
        <translation>تعذّر تحميل حزمة النموذج ({type}: {exc})</translation>
    </message>
    <message>
        <source>Pack: {pack}</source>
        <translation>الحزمة: {pack}</translation>
    </message>
    <message>
        <source>Loading the model pack…</source>
        <translation>جارٍ تحميل حزمة النموذج…</translation>
    </message>
    <message>
        <source>Load a model pack to ask questions (Model ▸ Model packs).</source>
        <translation>حمّل حزمة نموذج لطرح الأسئلة (النموذج ▸ حزم النماذج).</translation>
    </message>
    <message>
        <source>Add a photo to ask about it.</source>
        <translation>أضف صورة لتسأل عنها.</translation>
    </message>
    <message>
        <source>Asking about photo {number} ({view})</source>
        <translation>جارٍ السؤال عن الصورة {number} ({view})</translation>
    </message>
    <message>
        <source>model pack: {pack}</source>
        <translation>حزمة النموذج: {pack}</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>إخلاء المسؤولية الطبية</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>About SkinGPT Desktop</source>
        <translation>حول SkinGPT Desktop</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>إخفاء الت&amp;فاصيل</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>عرض الت&amp;فاصيل</translation>
    </message>
    <message>
        <source>Build details</source>
        <translation>تفاصيل التثبيت</translation>
    </message>
    <message>
        <source>&amp;Copy build report</source>
        <translation>&amp;نسخ تقرير التثبيت</translation>
    </message>
    <message>
        <source>Copy build report</source>
        <translation>نسخ تقرير التثبيت</translation>
    </message>
    <message>
        <source>The build report could not be gathered ({error}).</source>
        <translation>تعذّر جمع تقرير التثبيت ({error}).</translation>
    </message>
    <message>
        <source>Build report copied: paste it where support asks.</source>
        <translation>نُسخ تقرير التثبيت: الصقه حيث يطلبه فريق الدعم.</translation>
    </message>
    <message>
        <source>Save this case before closing?</source>
        <translation>هل تريد حفظ هذه الحالة قبل الإغلاق؟</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Looking for model packs…</source>
        <translation>جارٍ البحث عن حزم النماذج…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model pack is installed yet.&lt;/p&gt;&lt;p&gt;Import one from a folder or USB drive, or download one from Hugging Face.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لم تُثبَّت أي حزمة نموذج بعد.&lt;/p&gt;&lt;p&gt;استورد حزمة من مجلد أو من ذاكرة USB، أو نزّل واحدة من Hugging Face.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Downloading {file}</source>
        <translation>جارٍ تنزيل {file}</translation>
    </message>
    <message>
        <source>Verifying {file}</source>
        <translation>جارٍ التحقق من {file}</translation>
    </message>
    <message>
        <source>Copying and verifying {file}</source>
        <translation>جارٍ نسخ {file} والتحقق منه</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} ث</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} د {s} ث</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} س {min} د</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} من {total}</translation>
    </message>
    <message>
        <source> · {speed}/s · {time} left</source>
        <translation> · {speed}/ث · متبقٍّ {time}</translation>
    </message>
    <message>
        <source>None stated</source>
        <translation>لم يُذكر شيء</translation>
    </message>
    <message>
        <source>{name} from {origin}</source>
        <translation>{name} من {origin}</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>قدر غير معروف</translation>
    </message>
    <message>
        <source>RAM needed:</source>
        <translation>ذاكرة RAM المطلوبة:</translation>
    </message>
    <message>
        <source>about {ram}; this computer has {have}.</source>
        <translation>نحو {ram}؛ وفي هذا الحاسوب {have}.</translation>
    </message>
    <message>
        <source>not stated by the pack; this computer has {have}.</source>
        <translation>لم تذكره الحزمة؛ وفي هذا الحاسوب {have}.</translation>
    </message>
    <message>
        <source>Checking the GPU&apos;s memory…</source>
        <translation>جارٍ التحقق من ذاكرة وحدة GPU…</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>تحذير:</translation>
    </message>
    <message>
        <source>The app asks the model to answer in the language chosen in Settings, but the model&apos;s answers in languages other than English are of limited quality: Llama 2&apos;s model card puts other languages out of scope. The app&apos;s fixed texts and the warning signs are always its own reviewed translations, never the model&apos;s.</source>
        <translation>يطلب التطبيق من النموذج أن يجيب باللغة المختارة في الإعدادات، لكن جودة إجابات النموذج بلغات غير الإنجليزية محدودة: إذ تَعُدّ بطاقة نموذج Llama 2 اللغاتِ الأخرى خارج نطاق استخدامه. أما نصوص التطبيق الثابتة وعلامات الخطر فهي دائمًا ترجماته المراجَعة الخاصة به، ولا تأتي من النموذج أبدًا.</translation>
    </message>
    <message>
        <source>The app asks the model to answer in the language chosen in Settings; how well it answers in languages other than English depends on the model (see its own model card). The app&apos;s fixed texts and the warning signs are always its own reviewed translations, never the model&apos;s.</source>
        <translation>يطلب التطبيق من النموذج أن يجيب باللغة المختارة في الإعدادات؛ وتعتمد جودة إجاباته بلغات غير الإنجليزية على النموذج (راجع بطاقة النموذج الخاصة به). النصوص الثابتة في التطبيق وعلامات الخطر هي دائمًا ترجماته المراجعة، وليست ترجمات النموذج أبدًا.</translation>
    </message>
    <message>
        <source>This license must be accepted before the pack is first used: the app asks.</source>
        <translation>يجب قبول هذا الترخيص قبل أول استخدام للحزمة: سيسألك التطبيق.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Quantization:</source>
        <translation>التكميم:</translation>
    </message>
    <message>
        <source>Conversation format:</source>
        <translation>تنسيق المحادثة:</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>الترخيص:</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>الاستخدام المقصود:</translation>
    </message>
    <message>
        <source>Known limits:</source>
        <translation>القيود المعروفة:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>اللغات:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>الملفات:</translation>
    </message>
    <message>
        <source>Converted from:</source>
        <translation>محوَّل من:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>{repo}, revision {revision}</source>
        <translation>{repo}، المراجعة {revision}</translation>
    </message>
    <message>
        <source>Downloaded from:</source>
        <translation>نُزّل من:</translation>
    </message>
    <message>
        <source>SHA-256 of the downloaded files (checked against Hugging Face):</source>
        <translation>بصمات SHA-256 للملفات المنزّلة (تم التحقق منها مقابل Hugging Face):</translation>
    </message>
    <message>
        <source>Model packs</source>
        <translation>حزم النماذج</translation>
    </message>
    <message>
        <source>Installed model packs</source>
        <translation>حزم النماذج المثبّتة</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>بطاقة النموذج</translation>
    </message>
    <message>
        <source>&amp;Use this pack</source>
        <translation>&amp;استخدام هذه الحزمة</translation>
    </message>
    <message>
        <source>&amp;Import from folder…</source>
        <translation>&amp;استيراد من مجلد…</translation>
    </message>
    <message>
        <source>Import &amp;GGUF files…</source>
        <translation>استيراد ملفات GGUF(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;إزالة…</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;تنزيل</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <source>Installed &amp;packs</source>
        <translation>الحزم المثبّتة(&amp;P)</translation>
    </message>
    <message>
        <source>Cata&amp;logue</source>
        <translation>الكتالوج(&amp;L)</translation>
    </message>
    <message>
        <source>Download from Hugging Face</source>
        <translation>التنزيل من Hugging Face</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>owner/name</translation>
    </message>
    <message>
        <source>Repository id</source>
        <translation>معرّف المستودع</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>ال&amp;مستودع:</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Re&amp;vision:</source>
        <translation>الم&amp;راجعة:</translation>
    </message>
    <message>
        <source>Downloads resume where they stopped, even after a restart, and every file is checked against the hash Hugging Face publishes and the pack&apos;s SHA-256 list before anything is installed.</source>
        <translation>تُستأنف التنزيلات من حيث توقفت، حتى بعد إعادة التشغيل، ويُتحقَّق من كل ملف مقابل البصمة التي ينشرها Hugging Face وقائمة SHA-256 الخاصة بالحزمة قبل تثبيت أي شيء.</translation>
    </message>
    <message>
        <source>Install progress</source>
        <translation>تقدّم التثبيت</translation>
    </message>
    <message>
        <source>Install status</source>
        <translation>حالة التثبيت</translation>
    </message>
    <message>
        <source>{pack} (in use)</source>
        <translation>{pack} (قيد الاستخدام)</translation>
    </message>
    <message>
        <source>{pack} (could not be loaded)</source>
        <translation>{pack} (تعذّر تحميله)</translation>
    </message>
    <message>
        <source>The installed packs could not be listed ({type}).</source>
        <translation>تعذّر عرض قائمة الحزم المثبّتة ({type}).</translation>
    </message>
    <message>
        <source>This pack could not be loaded:</source>
        <translation>تعذّر تحميل هذه الحزمة:</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>حزمة نموذج</translation>
    </message>
    <message>
        <source>{advice}

Use this pack anyway?</source>
        <translation>{advice}

هل تريد استخدام هذه الحزمة على أي حال؟</translation>
    </message>
    <message>
        <source>Remove model pack</source>
        <translation>إزالة حزمة النموذج</translation>
    </message>
    <message>
        <source>Delete the pack &apos;{pack}&apos; and its files from this computer?</source>
        <translation>هل تريد حذف الحزمة &apos;{pack}&apos; وملفاتها من هذا الحاسوب؟</translation>
    </message>
    <message>
        <source>Removing {pack}…</source>
        <translation>جارٍ إزالة {pack}…</translation>
    </message>
    <message>
        <source>Removed {pack}.</source>
        <translation>تمت إزالة {pack}.</translation>
    </message>
    <message>
        <source>The pack could not be removed completely ({type}: {exc}).</source>
        <translation>تعذّرت إزالة الحزمة بالكامل ({type}: {exc}).</translation>
    </message>
    <message>
        <source>Choose the model pack folder</source>
        <translation>اختر مجلد حزمة النموذج</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Enter a repository id such as owner/skingpt4-q4.</source>
        <translation>أدخل معرّف مستودع مثل owner/skingpt4-q4.</translation>
    </message>
    <message>
        <source>Connecting to download {repo}…</source>
        <translation>جارٍ الاتصال لتنزيل {repo}…</translation>
    </message>
    <message>
        <source>Choose the language model (.gguf)</source>
        <translation>اختر النموذج اللغوي (.gguf)</translation>
    </message>
    <message>
        <source>Choose its vision projector (mmproj .gguf)</source>
        <translation>اختر مُسقِط الرؤية الخاص به (mmproj .gguf)</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf)</source>
        <translation>ملفات GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Building a model pack from {file}…</source>
        <translation>جارٍ إنشاء حزمة نموذج من {file}…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was installed.</source>
        <translation>تم الإلغاء. لم يُثبَّت أي شيء.</translation>
    </message>
    <message>
        <source>{pack} is already installed; remove it first to install it again.</source>
        <translation>{pack} مثبّتة بالفعل؛ أزِلها أولًا لتثبيتها مجددًا.</translation>
    </message>
    <message>
        <source>Connecting to download {pack}…</source>
        <translation>جارٍ الاتصال لتنزيل {pack}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Installed and verified: {pack}</source>
        <translation>تم التثبيت والتحقق: {pack}</translation>
    </message>
    <message>
        <source>The pack could not be installed ({type}: {exc}).</source>
        <translation>تعذّر تثبيت الحزمة ({type}: {exc}).</translation>
    </message>
    <message>
        <source>Cancelled. A download continues where it stopped when you press Download again.</source>
        <translation>تم الإلغاء. يُستأنف التنزيل من حيث توقف عند الضغط على «تنزيل» مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Too weak</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <source>Use at least 8 characters; four or more random words work well.</source>
        <translation>استخدم 8 أحرف على الأقل؛ وتُعدّ أربع كلمات عشوائية أو أكثر خيارًا جيدًا.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Add another word or two, or mix in digits and symbols.</source>
        <translation>أضف كلمة أو كلمتين أخريين، أو امزج أرقامًا ورموزًا.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Good start; one more random word makes it much stronger.</source>
        <translation>بداية جيدة؛ كلمة عشوائية إضافية واحدة تجعلها أقوى بكثير.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>A good passphrase. Write it down somewhere safe.</source>
        <translation>عبارة مرور جيدة. دوّنها في مكان آمن.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>A strong passphrase. Write it down somewhere safe.</source>
        <translation>عبارة مرور قوية. دوّنها في مكان آمن.</translation>
    </message>
    <message>
        <source>It is built on a common word (“{word}”), one of the first guesses; use four or more random words.</source>
        <translation>إنها مبنية على كلمة شائعة («{word}»)، من أوائل ما يُجرَّب؛ استخدم أربع كلمات عشوائية أو أكثر.</translation>
    </message>
    <message>
        <source>Repeated or consecutive characters are guessed quickly; use four or more random words.</source>
        <translation>تُخمَّن الأحرف المكررة أو المتتالية بسرعة؛ استخدم أربع كلمات عشوائية أو أكثر.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}.&lt;/b&gt; {advice}</source>
        <translation>&lt;b&gt;{label}.&lt;/b&gt; {advice}</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>I: always burns, never tans (very pale skin)</source>
        <translation>I: تحترق دائمًا ولا تسمرّ أبدًا (بشرة شاحبة جدًا)</translation>
    </message>
    <message>
        <source>II: usually burns, tans with difficulty (fair skin)</source>
        <translation>II: تحترق عادةً وتسمرّ بصعوبة (بشرة فاتحة)</translation>
    </message>
    <message>
        <source>III: sometimes burns, tans gradually (light brown skin)</source>
        <translation>III: تحترق أحيانًا وتسمرّ تدريجيًا (بشرة بنية فاتحة)</translation>
    </message>
    <message>
        <source>IV: rarely burns, tans easily (moderate brown skin)</source>
        <translation>IV: نادرًا ما تحترق وتسمرّ بسهولة (بشرة بنية متوسطة)</translation>
    </message>
    <message>
        <source>V: very rarely burns, tans very easily (dark brown skin)</source>
        <translation>V: نادرًا جدًا ما تحترق وتسمرّ بسهولة كبيرة (بشرة بنية داكنة)</translation>
    </message>
    <message>
        <source>VI: never burns (deeply pigmented, dark brown to black skin)</source>
        <translation>VI: لا تحترق أبدًا (بشرة شديدة التصبغ، من البني الداكن إلى الأسود)</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>مريض جديد</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>تعديل بيانات المريض</translation>
    </message>
    <message>
        <source>&amp;Name or ID:</source>
        <translation>ال&amp;اسم أو المعرّف:</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>الاسم أو المعرّف</translation>
    </message>
    <message>
        <source>&amp;Clinic number:</source>
        <translation>رقم &amp;الملف في العيادة:</translation>
    </message>
    <message>
        <source>Clinic patient number</source>
        <translation>رقم المريض في العيادة</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;سنة الميلاد:</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>ال&amp;جنس:</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>&amp;Village or contact:</source>
        <translation>ال&amp;قرية أو وسيلة الاتصال:</translation>
    </message>
    <message>
        <source>Village or contact</source>
        <translation>القرية أو وسيلة الاتصال</translation>
    </message>
    <message>
        <source>&amp;Fitzpatrick type:</source>
        <translation>&amp;نوع فيتزباتريك:</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>نوع البشرة حسب تصنيف فيتزباتريك</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>ال&amp;حساسية:</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>V&amp;isits:</source>
        <translation>ال&amp;زيارات:</translation>
    </message>
    <message>
        <source>Visits, oldest first</source>
        <translation>الزيارات، الأقدم أولًا</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>e.g. penicillin; none known</source>
        <translation>مثال: البنسلين؛ لا حساسية معروفة</translation>
    </message>
    <message>
        <source>e.g. village, or a phone number</source>
        <translation>مثال: القرية أو رقم الهاتف</translation>
    </message>
    <message>
        <source>Double-click to open this visit</source>
        <translation>انقر نقرًا مزدوجًا لفتح هذه الزيارة</translation>
    </message>
    <message>
        <source>No visits saved yet</source>
        <translation>لا توجد زيارات محفوظة بعد</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Close-up</source>
        <translation>صورة مقرّبة</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>صورة واسعة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>close-up</source>
        <translation>مقرّبة</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>واسعة</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>blur</source>
        <translation>ضبابية</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <source>bright</source>
        <translation>ساطعة</translation>
    </message>
    <message>
        <source>{width} x {height} pixels</source>
        <translation>{width} x {height} بكسل</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo quality: good&lt;/b&gt; ({size}). Sharp and well exposed.</source>
        <translation>&lt;b&gt;جودة الصورة: جيدة&lt;/b&gt; ({size}). واضحة وإضاءتها مناسبة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo quality: consider retaking&lt;/b&gt; ({size})</source>
        <translation>&lt;b&gt;جودة الصورة: يُفضَّل إعادة التقاطها&lt;/b&gt; ({size})</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Selected photo</source>
        <translation>الصورة المحددة</translation>
    </message>
    <message>
        <source>Photos of this case</source>
        <translation>صور هذه الحالة</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;نوع اللقطة:</translation>
    </message>
    <message>
        <source>Kind of photo (close-up or wide)</source>
        <translation>نوع الصورة (مقرّبة أو واسعة)</translation>
    </message>
    <message>
        <source>Photo quality</source>
        <translation>جودة الصورة</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>&amp;إضافة صورة…</translation>
    </message>
    <message>
        <source>Add a photo from a file (Ctrl+O)</source>
        <translation>إضافة صورة من ملف (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;لصق</translation>
    </message>
    <message>
        <source>Paste a photo from the clipboard</source>
        <translation>لصق صورة من الحافظة</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>ال&amp;كاميرا…</translation>
    </message>
    <message>
        <source>Take a photo with a camera (Ctrl+Shift+C)</source>
        <translation>التقاط صورة بالكاميرا (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>Remove the selected photo from this case</source>
        <translation>إزالة الصورة المحددة من هذه الحالة</translation>
    </message>
    <message>
        <source>Photo &amp;tips</source>
        <translation>&amp;نصائح التصوير</translation>
    </message>
    <message>
        <source>How to take a photo the model can use</source>
        <translation>كيف تلتقط صورة يمكن للنموذج استخدامها</translation>
    </message>
    <message>
        <source>Paste photo</source>
        <translation>لصق صورة</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <source>Photos ({patterns});;All files (*)</source>
        <translation>الصور ({patterns});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>إضافة صور</translation>
    </message>
    <message>
        <source>The clipboard holds no photo. Copy an image or a photo file first.</source>
        <translation>لا تحتوي الحافظة على صورة. انسخ صورة أو ملف صورة أولًا.</translation>
    </message>
    <message>
        <source>The photo could not be opened ({type}).</source>
        <translation>تعذّر فتح الصورة ({type}).</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>جارٍ فحص الصورة…</translation>
    </message>
    <message>
        <source>Photo quality good</source>
        <translation>جودة الصورة جيدة</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Photo quality: {problems}</source>
        <translation>جودة الصورة: {problems}</translation>
    </message>
    <message>
        <source>{number}. {view}</source>
        <translation>{number}. {view}</translation>
    </message>
    <message>
        <source>Remove photo {number} from this case?</source>
        <translation>هل تريد إزالة الصورة {number} من هذه الحالة؟</translation>
    </message>
    <message>
        <source>Photo tips</source>
        <translation>نصائح التصوير</translation>
    </message>
    <message>
        <source>Drop a photo here, paste one (Ctrl+V), or use Add photo (Ctrl+O).</source>
        <translation>اسحب صورة وأفلتها هنا، أو الصقها (Ctrl+V)، أو استخدم «إضافة صورة» (Ctrl+O).</translation>
    </message>
</context>
<context>
    <name>RecordFlows</name>
    <message>
        <source>The patient was not added</source>
        <translation>لم تتم إضافة المريض</translation>
    </message>
    <message>
        <source>The patient could not be opened</source>
        <translation>تعذّر فتح بيانات المريض</translation>
    </message>
    <message>
        <source>The patient was not changed</source>
        <translation>لم تُعدَّل بيانات المريض</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>تعذّر فتح الحالة</translation>
    </message>
    <message>
        <source>The case was not changed</source>
        <translation>لم تُعدَّل الحالة</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>SkinGPT Desktop vault recovery key</source>
        <translation>مفتاح استرداد خزنة SkinGPT Desktop</translation>
    </message>
    <message>
        <source>Opens the vault: {file}</source>
        <translation>يفتح الخزنة: {file}</translation>
    </message>
    <message>
        <source>Vault ID: {id}</source>
        <translation>معرّف الخزنة: {id}</translation>
    </message>
    <message>
        <source>Made on: {date}</source>
        <translation>أُنشئ في: {date}</translation>
    </message>
    <message>
        <source>This key opens the vault if the passphrase is forgotten. Anyone who has it and the vault file can read every record: keep it somewhere safe, away from this computer.</source>
        <translation>يفتح هذا المفتاح الخزنة إذا نُسيت عبارة المرور. من يملكه مع ملف الخزنة يستطيع قراءة كل السجلات: احفظه في مكان آمن بعيدًا عن هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Tick every warning sign &lt;b&gt;the patient has now&lt;/b&gt;. These questions are about the patient&apos;s symptoms, not about the photo. Fixed rules from public medical guidance use them to set how urgent this is; the model may at most suggest seeing a doctor within 2 weeks.</source>
        <translation>حدّد كل علامة خطر &lt;b&gt;موجودة لدى المريض الآن&lt;/b&gt;. تتعلق هذه الأسئلة بأعراض المريض، وليس بالصورة. تستخدمها قواعد ثابتة مأخوذة من إرشادات طبية عامة لتحديد درجة الاستعجال؛ ولا يمكن للنموذج أكثر من أن يقترح مراجعة طبيب خلال أسبوعين.</translation>
    </message>
    <message>
        <source>Writing the summary (one more answer from the model)… Cancel stops it.</source>
        <translation>جارٍ كتابة الملخّص (إجابة إضافية واحدة من النموذج)… يمكنك إيقافه بزر «إلغاء».</translation>
    </message>
    <message>
        <source>This report will be stored in the vault with the case when you save the case (File ▸ Save case).</source>
        <translation>سيُحفظ هذا التقرير في الخزنة مع الحالة عند حفظ الحالة («ملف» ◂ «حفظ الحالة»).</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} و{second}</translation>
    </message>
    <message>
        <source>{names} already exists in this folder. Replace?</source>
        <translation>{names} موجود بالفعل في هذا المجلد. هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>{names} already exist in this folder. Replace?</source>
        <translation>{names} موجودة بالفعل في هذا المجلد. هل تريد استبدالها؟</translation>
    </message>
    <message>
        <source>Replace reports</source>
        <translation>استبدال التقارير</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>علامات الخطر</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>لا شيء من هذه</translation>
    </message>
    <message>
        <source>Writing the summary</source>
        <translation>جارٍ كتابة الملخّص</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>حالة التقرير</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>إ&amp;عداد التقرير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop the summary, or close without a report</source>
        <translation>إيقاف كتابة الملخّص، أو الإغلاق دون إعداد تقرير</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>درجة الاستعجال</translation>
    </message>
    <message>
        <source>Warning signs ticked</source>
        <translation>علامات الخطر المحددة</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>ملخّص التقرير</translation>
    </message>
    <message>
        <source>Where the report is stored</source>
        <translation>مكان حفظ التقرير</translation>
    </message>
    <message>
        <source>Saved files</source>
        <translation>الملفات المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Save PDFs…</source>
        <translation>&amp;حفظ ملفات PDF…</translation>
    </message>
    <message>
        <source>Write the patient and the clinician report into a folder</source>
        <translation>حفظ تقرير المريض وتقرير الطبيب في مجلد</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Patient report…</source>
        <translation>تقرير المريض…</translation>
    </message>
    <message>
        <source>Clinician report…</source>
        <translation>تقرير الطبيب…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>The report could not be made ({type}).</source>
        <translation>تعذّر إعداد التقرير ({type}).</translation>
    </message>
    <message>
        <source>Stopped: no report was made.</source>
        <translation>تم الإيقاف: لم يُعَدّ أي تقرير.</translation>
    </message>
    <message>
        <source>Storing the report in the vault…</source>
        <translation>جارٍ حفظ التقرير في الخزنة…</translation>
    </message>
    <message>
        <source>The report was not stored in the vault: {error}</source>
        <translation>لم يُحفظ التقرير في الخزنة: {error}</translation>
    </message>
    <message>
        <source>Stored in the vault with this case (encrypted).</source>
        <translation>حُفظ في الخزنة مع هذه الحالة (مشفّرًا).</translation>
    </message>
    <message>
        <source>Save the patient and clinician reports in…</source>
        <translation>حفظ تقرير المريض وتقرير الطبيب في…</translation>
    </message>
    <message>
        <source>Writing the PDFs…</source>
        <translation>جارٍ إنشاء ملفات PDF…</translation>
    </message>
    <message>
        <source>Saved {names} in {folder}.</source>
        <translation>تم حفظ {names} في {folder}.</translation>
    </message>
    <message>
        <source>The PDFs could not be written ({type}).</source>
        <translation>تعذّر إنشاء ملفات PDF ({type}).</translation>
    </message>
    <message>
        <source>The patient report was sent to the printer.</source>
        <translation>أُرسل تقرير المريض إلى الطابعة.</translation>
    </message>
    <message>
        <source>The clinician report was sent to the printer.</source>
        <translation>أُرسل تقرير الطبيب إلى الطابعة.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>الاسترداد من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restoring adds the records of a backup that this vault does not have. Records already here are kept as they are: nothing is overwritten. The backup is checked completely first, and nothing is written if any part of it is damaged.</source>
        <translation>يضيف الاسترداد سجلات النسخة الاحتياطية غير الموجودة في هذه الخزنة. أما السجلات الموجودة هنا فتبقى كما هي: لا يُستبدل أي شيء. تُفحص النسخة الاحتياطية بالكامل أولًا، ولا يُكتب أي شيء إذا كان أي جزء منها تالفًا.</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;ملف النسخة الاحتياطية:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Choose a backup file (.skgbackup)</source>
        <translation>اختر ملف نسخة احتياطية (.skgbackup)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>A backup opens with the vault passphrase of the computer that made it, or with its own passphrase if it was given one.</source>
        <translation>تُفتح النسخة الاحتياطية بعبارة مرور خزنة الحاسوب الذي أنشأها، أو بعبارة المرور الخاصة بها إن كانت لها واحدة.</translation>
    </message>
    <message>
        <source>Cases in the backup</source>
        <translation>الحالات في النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Check backup</source>
        <translation>&amp;فحص النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;سترداد</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>السجلات: %v من %m</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>اختر نسخة احتياطية لاستردادها</translation>
    </message>
    <message>
        <source>SkinGPT backups (*.skgbackup);;All files (*)</source>
        <translation>نسخ SkinGPT الاحتياطية (*.skgbackup);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Checking every record of the backup…</source>
        <translation>جارٍ فحص كل سجل في النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was written.</source>
        <translation>أُوقف الفحص. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>The backup is intact. Restore adds what is listed.</source>
        <translation>النسخة الاحتياطية سليمة. سيضيف الاسترداد ما هو مُدرج.</translation>
    </message>
    <message>
        <source>Everything in this backup is already in the vault: restoring it would add nothing.</source>
        <translation>كل ما في هذه النسخة الاحتياطية موجود في الخزنة بالفعل: لن يضيف استردادها أي شيء.</translation>
    </message>
    <message>
        <source>the whole vault</source>
        <translation>الخزنة كاملة</translation>
    </message>
    <message>
        <source>one case</source>
        <translation>حالة واحدة</translation>
    </message>
    <message>
        <source>A backup of {scope}, made {date}.</source>
        <translation>نسخة احتياطية من {scope}، أُنشئت في {date}.</translation>
    </message>
    <message>
        <source>To be added: cases {case}, patients {patient}, photos {photo}, reports {report}.</source>
        <translation>ستُضاف: الحالات {case}، المرضى {patient}، الصور {photo}، التقارير {report}.</translation>
    </message>
    <message>
        <source>{case} (already in this vault: kept as it is)</source>
        <translation>{case} (موجودة في هذه الخزنة بالفعل: ستبقى كما هي)</translation>
    </message>
    <message numerus="yes">
        <source>Records of the backup already in this vault, which will be kept as they are: %n.</source>
        <translation>
            <numerusform>سجلات النسخة الاحتياطية الموجودة في هذه الخزنة بالفعل، والتي ستبقى كما هي: %n.</numerusform>
            <numerusform>سجلات النسخة الاحتياطية الموجودة في هذه الخزنة بالفعل، والتي ستبقى كما هي: %n.</numerusform>
            <numerusform>سجلات النسخة الاحتياطية الموجودة في هذه الخزنة بالفعل، والتي ستبقى كما هي: %n.</numerusform>
            <numerusform>سجلات النسخة الاحتياطية الموجودة في هذه الخزنة بالفعل، والتي ستبقى كما هي: %n.</numerusform>
            <numerusform>سجلات النسخة الاحتياطية الموجودة في هذه الخزنة بالفعل، والتي ستبقى كما هي: %n.</numerusform>
            <numerusform>سجلات النسخة الاحتياطية الموجودة في هذه الخزنة بالفعل، والتي ستبقى كما هي: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>{title} · no patient</source>
        <translation>{title} · بلا مريض</translation>
    </message>
    <message>
        <source>unnamed patient</source>
        <translation>مريض بلا اسم</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <source>Restoring… every record is checked again as it is added.</source>
        <translation>جارٍ الاسترداد… يُفحص كل سجل مرة أخرى عند إضافته.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was added to the vault.</source>
        <translation>أُلغي الاسترداد؛ لم يُضف أي شيء إلى الخزنة.</translation>
    </message>
    <message numerus="yes">
        <source>Records restored from the backup: %n.</source>
        <translation>
            <numerusform>السجلات المستردة من النسخة الاحتياطية: %n.</numerusform>
            <numerusform>السجلات المستردة من النسخة الاحتياطية: %n.</numerusform>
            <numerusform>السجلات المستردة من النسخة الاحتياطية: %n.</numerusform>
            <numerusform>السجلات المستردة من النسخة الاحتياطية: %n.</numerusform>
            <numerusform>السجلات المستردة من النسخة الاحتياطية: %n.</numerusform>
            <numerusform>السجلات المستردة من النسخة الاحتياطية: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records already in the vault, kept as they were: %n.</source>
        <translation>
            <numerusform>السجلات الموجودة في الخزنة بالفعل، والتي بقيت كما كانت: %n.</numerusform>
            <numerusform>السجلات الموجودة في الخزنة بالفعل، والتي بقيت كما كانت: %n.</numerusform>
            <numerusform>السجلات الموجودة في الخزنة بالفعل، والتي بقيت كما كانت: %n.</numerusform>
            <numerusform>السجلات الموجودة في الخزنة بالفعل، والتي بقيت كما كانت: %n.</numerusform>
            <numerusform>السجلات الموجودة في الخزنة بالفعل، والتي بقيت كما كانت: %n.</numerusform>
            <numerusform>السجلات الموجودة في الخزنة بالفعل، والتي بقيت كما كانت: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Nothing was written.</source>
        <translation>عبارة المرور هذه لا تفتح هذه النسخة الاحتياطية. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>خطأ غير متوقع ({type})</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}.</source>
        <translation>لم يُسترد أي شيء: {reason}.</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}. Nothing was written.</source>
        <translation>لا يمكن استرداد هذا الملف: {reason}. لم يُكتب أي شيء.</translation>
    </message>
</context>
<context>
    <name>SaveCaseDialog</name>
    <message>
        <source>Save case</source>
        <translation>حفظ الحالة</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>تعديل الحالة</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>ال&amp;مريض:</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>عنوان الحالة</translation>
    </message>
    <message>
        <source>&amp;Body site:</source>
        <translation>مو&amp;ضع الإصابة:</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>موضع الإصابة</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;بداية الظهور:</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>بداية الظهور</translation>
    </message>
    <message>
        <source>&amp;Symptoms:</source>
        <translation>ال&amp;أعراض:</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>الأعراض</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>وضع الحالة</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;وضع الحالة:</translation>
    </message>
    <message>
        <source>Same s&amp;pot as:</source>
        <translation>نفس م&amp;وضع:</translation>
    </message>
    <message>
        <source>Earlier visit of this spot</source>
        <translation>زيارة سابقة لهذا الموضع</translation>
    </message>
    <message>
        <source>C&amp;hange since then:</source>
        <translation>الت&amp;غيّر منذ ذلك الحين:</translation>
    </message>
    <message>
        <source>What changed since the earlier visit</source>
        <translation>ما الذي تغيّر منذ الزيارة السابقة</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>مريض &amp;جديد…</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>مريض جديد</translation>
    </message>
    <message>
        <source>e.g. larger, edge now irregular</source>
        <translation>مثال: أكبر، والحافة صارت غير منتظمة</translation>
    </message>
    <message>
        <source>No patient (anonymous case)</source>
        <translation>بدون مريض (حالة مجهولة الهوية)</translation>
    </message>
    <message>
        <source>{patient} (new)</source>
        <translation>{patient} (جديد)</translation>
    </message>
    <message>
        <source>(age {age})</source>
        <translation>(العمر {age})</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>لا شيء مسجل</translation>
    </message>
    <message>
        <source>Allergies:</source>
        <translation>الحساسية:</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>حالة بلا عنوان</translation>
    </message>
    <message>
        <source>Onset: {onset}</source>
        <translation>بداية الظهور: {onset}</translation>
    </message>
    <message>
        <source>Symptoms: {symptoms}</source>
        <translation>الأعراض: {symptoms}</translation>
    </message>
    <message>
        <source>Follow-up of {visit}</source>
        <translation>متابعة لـ {visit}</translation>
    </message>
    <message>
        <source>Change: {note}</source>
        <translation>التغيّر: {note}</translation>
    </message>
    <message>
        <source>e.g. left forearm</source>
        <translation>مثال: الساعد الأيسر</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>متابعة مقرّرة</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>مُحالة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>A new spot (no earlier visit)</source>
        <translation>موضع جديد (بلا زيارة سابقة)</translation>
    </message>
    <message>
        <source>Link this visit to an earlier one of the same lesion to compare the photos side by side</source>
        <translation>اربط هذه الزيارة بزيارة سابقة للآفة نفسها لمقارنة الصورتين جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>e.g. three weeks ago</source>
        <translation>مثال: قبل ثلاثة أسابيع</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>the vault is locked; unlock it with your passphrase</source>
        <translation>الخزنة مقفلة؛ افتح قفلها باستخدام عبارة المرور</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A number from {low} to {high} fits here; the largest, {high}, is set.</source>
        <translation>يقبل هذا الحقل رقمًا من {low} إلى {high}؛ وقد عُيّن الأكبر، {high}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Running the model (applied when the pack is loaded again)</source>
        <translation>تشغيل النموذج (يُطبَّق عند تحميل الحزمة من جديد)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>لغة ال&amp;واجهة:</translation>
    </message>
    <message>
        <source>Answer &amp;language:</source>
        <translation>لغة الإ&amp;جابات:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <source>CPU &amp;threads:</source>
        <translation>&amp;خيوط المعالج:</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>ال&amp;طبقات على وحدة GPU:</translation>
    </message>
    <message>
        <source>&amp;Context size:</source>
        <translation>حجم ال&amp;سياق:</translation>
    </message>
    <message>
        <source>&amp;Vision model runs on:</source>
        <translation>يعمل نموذج الرؤية (&amp;V) عبر:</translation>
    </message>
    <message>
        <source>&amp;Speculative decoding:</source>
        <translation>فك الترميز الت&amp;خميني:</translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation>&amp;درجة الحرارة:</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Maximum answer length:</source>
        <translation>ال&amp;حد الأقصى لطول الإجابة:</translation>
    </message>
    <message>
        <source>Loc&amp;k the vault after:</source>
        <translation>&amp;قفل الخزنة بعد:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Answer language</source>
        <translation>لغة الإجابات</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>خيوط المعالج</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>الطبقات على وحدة GPU</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>حجم السياق</translation>
    </message>
    <message>
        <source>Automatic (ggml if it works here, else numpy)</source>
        <translation>تلقائي (ggml إن كان يعمل هنا، وإلا numpy)</translation>
    </message>
    <message>
        <source>ggml (least memory; on the GPU with GPU layers; on a CPU it can be slower than numpy)</source>
        <translation>ggml (أقل ذاكرة؛ على وحدة GPU مع طبقات GPU؛ على المعالج قد يكون أبطأ من numpy)</translation>
    </message>
    <message>
        <source>numpy (the exact reference; most memory)</source>
        <translation>numpy (المرجع الدقيق؛ أكثر ذاكرة)</translation>
    </message>
    <message>
        <source>Automatic measures it once when a pack is first loaded with these settings (three short answers) and remembers the result.</source>
        <translation>يقيسه الوضع التلقائي مرة واحدة عند أول تحميل لحزمة بهذه الإعدادات (ثلاث إجابات قصيرة) ويتذكر النتيجة.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّلًا</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّلًا</translation>
    </message>
    <message>
        <source>Measured with the loaded pack on this computer: {plain:.1f} words per second without it, {draft:.1f} with it ({gain:.2f}x), so automatic keeps it {verdict}.</source>
        <translation>القياس بالحزمة المحمّلة على هذا الحاسوب: {plain:.1f} كلمة في الثانية بدونه، و{draft:.1f} معه ({gain:.2f}x)، لذا يبقيه الوضع التلقائي {verdict}.</translation>
    </message>
    <message>
        <source>The pack&apos;s draft model, or words already in the conversation, propose the next words and the model checks them; the answers stay the model&apos;s own. It pays only where checking several words costs about as much as writing one (a GPU, fast memory): on the 2-core test machine answers came at 0.52-0.97x the speed without it.</source>
        <translation>يقترح نموذج المسودة في الحزمة، أو كلمات وردت في المحادثة، الكلمات التالية ويتحقق منها النموذج؛ وتبقى الإجابات إجابات النموذج نفسه. لا يفيد إلا حين يكلّف التحقق من عدة كلمات قدر كتابة كلمة واحدة تقريبًا (وحدة GPU، ذاكرة سريعة): على جهاز الاختبار ذي النواتين جاءت الإجابات بسرعة 0.52-0.97x من السرعة دونه.</translation>
    </message>
    <message>
        <source>Vision model runs on</source>
        <translation>يعمل نموذج الرؤية عبر</translation>
    </message>
    <message>
        <source>Automatic: only if it measures faster on this computer</source>
        <translation>تلقائي: فقط إذا قيس أنه أسرع على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>مفعّل دائمًا</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Speculative decoding</source>
        <translation>فك الترميز التخميني</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Maximum answer length</source>
        <translation>الحد الأقصى لطول الإجابة</translation>
    </message>
    <message>
        <source>Lock the vault after</source>
        <translation>قفل الخزنة بعد</translation>
    </message>
    <message>
        <source>The model was trained in English: answers in other languages are less reliable. The disclaimer, photo guidance and warning signs are shown in the interface language.</source>
        <translation>دُرِّب النموذج باللغة الإنجليزية، لذا تكون إجاباته بلغات أخرى أقل موثوقية. يُعرض إخلاء المسؤولية الطبية وإرشادات التصوير وعلامات الخطر بلغة الواجهة.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation>لا شيء (المعالج فقط)</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>suffix of a number of tokens, with its leading space</comment>
        <translation> رمز</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source> min without use</source>
        <comment>suffix of a number of minutes, with its leading space</comment>
        <translation> دقيقة دون استخدام</translation>
    </message>
    <message>
        <source>&amp;Deterministic (same photo and question, same answer)</source>
        <translation>ح&amp;تمي (الصورة نفسها والسؤال نفسه يعطيان الإجابة نفسها)</translation>
    </message>
    <message>
        <source>Deterministic answers</source>
        <translation>إجابات حتمية</translation>
    </message>
    <message>
        <source>Resets how the model runs and answers and the automatic lock; the languages stay as they are.</source>
        <translation>يعيد إعدادات تشغيل النموذج والإجابات والقفل التلقائي إلى قيمها الافتراضية، وتبقى اللغات كما هي.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Cases without a patient</source>
        <translation>حالات بلا مريض</translation>
    </message>
    <message>
        <source>female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>intersex</source>
        <translation>ثنائي الجنس</translation>
    </message>
    <message>
        <source>other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>photos: {count}</source>
        <translation>الصور: {count}</translation>
    </message>
    <message>
        <source>Damaged case (cannot be read)</source>
        <translation>حالة تالفة (تتعذّر قراءتها)</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>حالة بلا عنوان</translation>
    </message>
    <message>
        <source>Unnamed patient</source>
        <translation>مريض بلا اسم</translation>
    </message>
    <message>
        <source>no. {number}</source>
        <translation>رقم {number}</translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation>من مواليد {year}</translation>
    </message>
    <message>
        <source>type {type}</source>
        <translation>النوع {type}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Allergies: {allergies}</source>
        <translation>الحساسية: {allergies}</translation>
    </message>
    <message>
        <source>Follow-up of {visit}</source>
        <translation>متابعة لـ {visit}</translation>
    </message>
    <message>
        <source>Patients and cases</source>
        <translation>المرضى والحالات</translation>
    </message>
    <message>
        <source>Search cases…</source>
        <translation>البحث في الحالات…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>البحث في الحالات</translation>
    </message>
    <message>
        <source>This spot&apos;s visits side by side</source>
        <translation>زيارات هذا الموضع جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;حالة جديدة</translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation>&amp;مريض جديد…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>ح&amp;ذف…</translation>
    </message>
    <message>
        <source>Compare &amp;visits…</source>
        <translation>مقارنة ال&amp;زيارات…</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>حذف الحالة</translation>
    </message>
    <message>
        <source>Delete the case “{case}” with its photos and conversations? This cannot be undone.</source>
        <translation>هل تريد حذف الحالة «{case}» مع صورها ومحادثاتها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation>حذف المريض</translation>
    </message>
    <message>
        <source>Delete this patient? Their cases can be deleted too, or kept without a patient. This cannot be undone.</source>
        <translation>هل تريد حذف هذا المريض؟ يمكن حذف حالاته أيضًا، أو الاحتفاظ بها دون مريض. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete patient and cases</source>
        <translation>حذف المريض وحالاته</translation>
    </message>
    <message>
        <source>Delete patient, keep cases</source>
        <translation>حذف المريض والاحتفاظ بالحالات</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
</context>
<context>
    <name>VaultSalvage</name>
    <message>
        <source>Choose an empty folder for the salvaged vault</source>
        <translation>اختر مجلدًا فارغًا للخزنة المُنقَذة</translation>
    </message>
    <message>
        <source>Salvage a damaged vault</source>
        <translation>إنقاذ خزنة تالفة</translation>
    </message>
    <message>
        <source>Vault passphrase:</source>
        <translation>عبارة مرور الخزنة:</translation>
    </message>
    <message>
        <source>The vault could not be salvaged ({type}).</source>
        <translation>تعذّر إنقاذ الخزنة ({type}).</translation>
    </message>
    <message>
        <source>Copied {count} records into {folder}. Start SkinGPT Desktop with --data-dir &quot;{folder}&quot; to open them; the damaged file was not changed.</source>
        <translation>نُسخ {count} سجلًا إلى {folder}. شغّل SkinGPT Desktop مع ‎--data-dir &quot;{folder}&quot;‎ لفتحها؛ لم يُغيَّر الملف التالف.</translation>
    </message>
    <message>
        <source>{count} records could not be read and were left behind.</source>
        <translation>تعذّرت قراءة {count} سجلًا فتُركت.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <source>SkinGPT Desktop hit an unexpected error. Your saved data is safe; unsaved work in the current conversation may be lost. If you report it, include this (it contains no patient data):</source>
        <translation>واجه SkinGPT Desktop خطأً غير متوقع. بياناتك المحفوظة في أمان، لكن ما لم يُحفظ من المحادثة الحالية قد يضيع. إذا أبلغت عن الخطأ فأرفق النص التالي (لا يحتوي على أي بيانات للمرضى):</translation>
    </message>
</context>
</TS>
