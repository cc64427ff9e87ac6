<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CameraDialog</name>
    <message>
        <source>The camera cannot be used: Qt Multimedia is not available on this computer ({reason}). You can still take the photo with a phone or another camera app and add it with Add photo, drag and drop, or Paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera was found. Connect a camera (or allow camera access for this app in your system&apos;s privacy settings) and press Look again. You can also take the photo with a phone and add it with Add photo, drag and drop, or Paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the camera 10-20 cm from the skin, in even light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for cameras again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is not ready yet; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera reported a problem: {error}. Choose another camera or close other apps that use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be taken: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Looking at the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the answer… (Esc stops it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tokens} tokens in {seconds} s ({rate} tokens/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. {speed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest pause of the window while answering: {ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be generated ({type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Model output, not a diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the full disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation type="unfinished">医疗免责声明</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: {prompt} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask clinical question {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &amp;all four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the four clinical questions in order (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask all four clinical questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about the selected photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the question (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the answer being written (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo, then ask a question or use one of the clinical prompts below. Answers are written by the model pack shown above each answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About photo {number} ({view})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You:</source>
        <translation>您：</translation>
    </message>
    <message>
        <source>pack: {pack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to SkinGPT Desktop</source>
        <translation>欢迎使用 SkinGPT Desktop</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>应用程序语言</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>医疗免责声明</translation>
    </message>
    <message>
        <source>I have read and understood: SkinGPT Desktop gives information, &amp;not a diagnosis.</source>
        <translation>我已阅读并理解：SkinGPT Desktop 提供的是信息，而不是诊断(&amp;N)。</translation>
    </message>
    <message>
        <source>Accept the medical disclaimer</source>
        <translation>接受医疗免责声明</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Create your encrypted vault&lt;/h3&gt;&lt;p&gt;Photos, patients and conversations are stored only on this computer, encrypted with a key made from your passphrase. Choose a passphrase of several random words.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;创建加密保险库&lt;/h3&gt;&lt;p&gt;照片、患者信息和对话只保存在这台电脑上，并使用由您的密码短语生成的密钥加密。请选择由几个随机单词组成的密码短语。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码短语</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>密码短语强度</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>密码短语建议</translation>
    </message>
    <message>
        <source>Also create a &amp;recovery key (recommended)</source>
        <translation>同时创建恢复密钥(推荐)(&amp;E)</translation>
    </message>
    <message>
        <source>Without the passphrase or the recovery key the data in this vault cannot be recovered by anyone, including the makers of SkinGPT Desktop.</source>
        <translation>如果没有密码短语或恢复密钥，任何人都无法恢复此保险库中的数据，包括 SkinGPT Desktop 的开发者。</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>保险库状态</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>创建保险库(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your recovery key&lt;/h3&gt;&lt;p&gt;This key opens the vault if you forget the passphrase. It is shown &lt;b&gt;only now&lt;/b&gt;: write it down or print it and keep it somewhere safe, away from this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;您的恢复密钥&lt;/h3&gt;&lt;p&gt;如果您忘记了密码短语，可以用此密钥打开保险库。它&lt;b&gt;只显示这一次&lt;/b&gt;：请把它抄下来或打印出来，保存在远离这台电脑的安全地方。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>保存到文件(&amp;S)…</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down or stored it safely</source>
        <translation>我已抄下恢复密钥或已妥善保存(&amp;W)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Choose a model pack&lt;/h3&gt;&lt;p&gt;A model pack holds the SkinGPT-4 model converted for this app. Import one from a folder or USB drive, or download one. You can also do this later from the Model menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;选择模型包&lt;/h3&gt;&lt;p&gt;模型包中是为本应用转换好的 SkinGPT-4 模型。您可以从文件夹或 U 盘导入，也可以下载。也可以稍后在“模型”菜单中完成这一步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Installed model packs</source>
        <translation>已安装的模型包</translation>
    </message>
    <message>
        <source>&amp;Install or manage packs…</source>
        <translation>安装或管理模型包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}.&lt;/b&gt; {advice}</source>
        <translation>&lt;b&gt;{label}。&lt;/b&gt;{advice}</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>Creating your encrypted vault… (deriving the key takes a moment on purpose)</source>
        <translation>正在创建加密保险库…（生成密钥需要一点时间，这是有意设计的）</translation>
    </message>
    <message>
        <source>The vault could not be created: {reason}</source>
        <translation>无法创建保险库：{reason}</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>保存恢复密钥</translation>
    </message>
    <message>
        <source>SkinGPT recovery key.txt</source>
        <comment>file name</comment>
        <translation>SkinGPT 恢复密钥.txt</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <comment>file type filter: keep (*.txt)</comment>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>SkinGPT Desktop vault recovery key</source>
        <translation>SkinGPT Desktop 保险库恢复密钥</translation>
    </message>
    <message>
        <source>Looking for model packs…</source>
        <translation>正在查找模型包…</translation>
    </message>
    <message>
        <source>No model pack installed yet.</source>
        <translation>尚未安装任何模型包。</translation>
    </message>
    <message>
        <source>The installed packs could not be listed ({type}).</source>
        <translation>无法列出已安装的模型包（{type}）。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Quit SkinGPT Desktop?</source>
        <translation>要退出 SkinGPT Desktop 吗？</translation>
    </message>
</context>
<context>
    <name>Installer</name>
    <message>
        <source>{name}: only packs installed in the app&apos;s packs folder can be removed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: pack name &apos;{name}&apos; cannot be used as a folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}: no {manifest} here; choose the pack&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pack named &apos;{name}&apos; is already installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: missing (the pack folder is incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: size is {size} bytes, the manifest says {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the manifest (damaged or altered file); nothing was installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach {host} ({reason}): this computer seems to be offline or a firewall blocks the connection. Connect to the internet and try again, or copy the pack from another computer and use Import from folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not found (HTTP 404): check the repository id and that it holds a SkinGPT Desktop model pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to {name} was refused (HTTP {code}): the repository is private or gated; download it in a browser after accepting its terms, then import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP {code} for {name}; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a repository id (expected owner/name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{repo}: {manifest} is too large to be a pack manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the pack manifest; the download was damaged or altered and has been deleted. Nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the connection was lost after {have} of {size} bytes ({error}); press Download again to resume from there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients, photos and conversations are encrypted. Enter your passphrase to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">恢复密钥</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking… (deriving the key takes a moment on purpose)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Add a photo from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask clinical question 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask all four clinical questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the question box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the answer being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: warning signs, summary, PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">设置</translation>
    </message>
    <message>
        <source>Loading the vision model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the language model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking llama.cpp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SkinGPT Desktop {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline dermatology assistant that runs SkinGPT-4 model packs on this computer. Photos and conversations never leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It gives information, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model pack loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SkinGPT Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;question box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical &amp;disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Photo tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs, summary and urgency, PDFs (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model pack status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this case before locking? Unsaved photos and answers are removed from the screen when the vault locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n min without use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the photos and answers that are not saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of this case could not be read: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the answer to finish (or press Stop) before changing the model pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the model pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {pack}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pack}: {stage}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model pack could not be loaded ({type}: {exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack: {pack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a model pack to ask questions (Model ▸ Model packs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo to ask about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking about photo {number} ({view})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model pack: {pack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation type="unfinished">医疗免责声明</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SkinGPT Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy build report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy build report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build report could not be gathered ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build report copied: paste it where support asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this case before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Looking for model packs…</source>
        <translation type="unfinished">正在查找模型包…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model pack is installed yet.&lt;/p&gt;&lt;p&gt;Import one from a folder or USB drive, or download one from Hugging Face.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying and verifying {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {speed}/s · {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} from {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {ram}; this computer has {have}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the GPU&apos;s memory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app asks the model to answer in the language chosen in Settings, but the model&apos;s answers in languages other than English are of limited quality: Llama 2&apos;s model card puts other languages out of scope. The app&apos;s fixed texts and the warning signs are always its own reviewed translations, never the model&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known limits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed model packs</source>
        <translation type="unfinished">已安装的模型包</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download from Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads resume where they stopped and are checked against the pack&apos;s SHA-256 list before anything is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pack} (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installed packs could not be listed ({type}).</source>
        <translation type="unfinished">无法列出已安装的模型包（{type}）。</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{advice}

Use this pack anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove model pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pack &apos;{pack}&apos; and its files from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing {pack}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {pack}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be removed completely ({type}: {exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the model pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a repository id such as owner/skingpt4-q4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to download {repo}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed and verified: {pack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be installed ({type}: {exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. A download continues where it stopped when you press Download again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 8 characters; four or more random words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two, or mix in digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good start; one more random word makes it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good passphrase. Write it down somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strong passphrase. Write it down somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name or ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fitzpatrick type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Close-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} x {height} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo quality: good&lt;/b&gt; ({size}). Sharp and well exposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo quality: consider retaking&lt;/b&gt; ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of photo (close-up or wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo from a file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a photo from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a photo with a camera (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected photo from this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo &amp;tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to take a photo the model can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no photo. Copy an image or a photo file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be opened ({type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo quality good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo quality: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {view}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo {number} from this case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a photo here, paste one (Ctrl+V), or use Add photo (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Tick every warning sign &lt;b&gt;the patient has now&lt;/b&gt;. These questions are about the patient&apos;s symptoms, not about the photo. Fixed rules from public medical guidance use them to set how urgent this is; the model can raise the urgency, never lower it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the summary (one more answer from the model)… Cancel stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report will be stored in the vault with the case when you save the case (File ▸ Save case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} already exists in this folder. Replace?</source>
        <translation>此文件夹中已有 {names}。要替换吗？</translation>
    </message>
    <message>
        <source>{names} already exist in this folder. Replace?</source>
        <translation>此文件夹中已有 {names}。要替换它们吗？</translation>
    </message>
    <message>
        <source>Replace reports</source>
        <translation>替换报告</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the summary, or close without a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the report is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the patient and the clinician report into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made ({type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: no report was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the report in the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not stored in the vault: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the vault with this case (encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the patient and clinician reports in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {names} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDFs could not be written ({type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient report was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinician report was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveCaseDialog</name>
    <message>
        <source>Save case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symptoms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient (anonymous case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. left forearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. three weeks ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>the vault is locked; unlock it with your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Running the model (applied when the pack is loaded again)</source>
        <translation>模型运行（重新加载模型包后生效）</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>Answer &amp;language:</source>
        <translation>回答语言(&amp;L)：</translation>
    </message>
    <message>
        <source>CPU &amp;threads:</source>
        <translation>CPU 线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>GPU 层数(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Context size:</source>
        <translation>上下文长度(&amp;C)：</translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation>温度(&amp;E)：</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-p(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Maximum answer length:</source>
        <translation>最大回答长度(&amp;M)：</translation>
    </message>
    <message>
        <source>Loc&amp;k the vault after:</source>
        <translation>自动锁定保险库(&amp;K)：</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Answer language</source>
        <translation>回答语言</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Maximum answer length</source>
        <translation>最大回答长度</translation>
    </message>
    <message>
        <source>Lock the vault after</source>
        <translation>自动锁定保险库</translation>
    </message>
    <message>
        <source>The model was trained in English: answers in other languages are less reliable. The disclaimer, photo guidance and warning signs are shown in the interface language.</source>
        <translation>该模型使用英语训练，其他语言的回答可靠性较低。免责声明、拍照指导和危险信号以界面语言显示。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation>无（仅用 CPU）</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>suffix of a number of tokens, with its leading space</comment>
        <translation> 个词元</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min without use</source>
        <comment>suffix of a number of minutes, with its leading space</comment>
        <translation> 分钟无操作后</translation>
    </message>
    <message>
        <source>&amp;Deterministic (same photo and question, same answer)</source>
        <translation>确定性生成（相同的照片和问题，得到相同的回答）(&amp;D)</translation>
    </message>
    <message>
        <source>Deterministic answers</source>
        <translation>确定性回答</translation>
    </message>
    <message>
        <source>Resets how the model runs and answers and the automatic lock; the languages stay as they are.</source>
        <translation>将模型运行、回答和自动锁定恢复为默认设置；语言保持不变。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Cases without a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intersex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged case (cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case “{case}” with its photos and conversations? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this patient? Their cases can be deleted too, or kept without a patient. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete patient and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete patient, keep cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>SkinGPT Desktop hit an unexpected error. Your saved data is safe; unsaved work in the current conversation may be lost. If you report it, include this (it contains no patient data):</source>
        <translation>SkinGPT Desktop 遇到意外错误。已保存的数据是安全的；当前对话中未保存的内容可能会丢失。报告此问题时，请附上以下内容（其中不含患者数据）：</translation>
    </message>
</context>
</TS>
