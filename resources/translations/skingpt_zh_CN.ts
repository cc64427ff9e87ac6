<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <source>The backup is one encrypted file with every patient, case, photo, conversation and report of this vault. Keep it away from this computer: to use a USB drive, choose a folder on it.</source>
        <translation>备份是一个加密文件，包含此保险库中的所有患者、病例、照片、对话和报告。请将它存放在这台电脑以外的地方：如需使用 U 盘，请选择 U 盘上的文件夹。</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the folder and the name of the backup file</source>
        <translation>选择备份文件的文件夹和名称</translation>
    </message>
    <message>
        <source>&amp;Vault passphrase:</source>
        <translation>保险库密码短语(&amp;V)：</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>保险库密码短语</translation>
    </message>
    <message>
        <source>&amp;Use a separate backup passphrase</source>
        <translation>使用单独的备份密码短语(&amp;U)</translation>
    </message>
    <message>
        <source>Without it the backup opens with the vault passphrase.</source>
        <translation>不使用时，用保险库密码短语打开备份。</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>备份密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>备份密码短语</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>再次输入备份密码短语</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>%v / %m 条记录</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Back up the vault to</source>
        <translation>将保险库备份到</translation>
    </message>
    <message>
        <source>SkinGPT backups (*.skgbackup)</source>
        <translation>SkinGPT 备份 (*.skgbackup)</translation>
    </message>
    <message>
        <source>A file named {name} is already there. Type another name, or pick it with Choose… to replace it.</source>
        <translation>已存在名为 {name} 的文件。请输入其他名称，或通过“选择…”选中该文件以替换它。</translation>
    </message>
    <message>
        <source>Checking the vault passphrase, then writing the backup…</source>
        <translation>正在检查保险库密码短语，然后写入备份…</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>备份已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Records backed up to {file}: %n.</source>
        <translation>
            <numerusform>已备份到 {file} 的记录数：%n。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damaged records left out (they could not be read): %n.</source>
        <translation>
            <numerusform>已跳过的损坏记录（无法读取）：%n。</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase. No backup was written.</source>
        <translation>这不是保险库的密码短语。未写入任何备份。</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>意外错误（{type}）</translation>
    </message>
    <message>
        <source>No backup was written: {reason}.</source>
        <translation>未写入任何备份：{reason}。</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>The camera cannot be used: Qt Multimedia is not available on this computer ({reason}). You can still take the photo with a phone or another camera app and add it with Add photo, drag and drop, or Paste.</source>
        <translation>无法使用相机：这台电脑上没有可用的 Qt Multimedia（{reason}）。您仍然可以用手机或其他相机应用拍照，然后通过“添加照片”、拖放或“粘贴”添加照片。</translation>
    </message>
    <message>
        <source>No camera was found. Connect a camera (or allow camera access for this app in your system&apos;s privacy settings) and press Look again. You can also take the photo with a phone and add it with Add photo, drag and drop, or Paste.</source>
        <translation>未找到相机。请连接相机（或在系统隐私设置中允许本应用访问相机），然后按“重新查找”。您也可以用手机拍照，然后通过“添加照片”、拖放或“粘贴”添加照片。</translation>
    </message>
    <message>
        <source>Hold the camera 10-20 cm from the skin, in even light.</source>
        <translation>让相机距离皮肤 10-20 厘米，并保持光线均匀。</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>The camera cannot be used</source>
        <translation>无法使用相机</translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation>相机状态</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>重新查找(&amp;L)</translation>
    </message>
    <message>
        <source>Look for cameras again</source>
        <translation>重新查找相机</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>拍照(&amp;T)</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>相机(&amp;C)：</translation>
    </message>
    <message>
        <source>Camera device</source>
        <translation>相机设备</translation>
    </message>
    <message>
        <source>Live camera preview</source>
        <translation>相机实时预览</translation>
    </message>
    <message>
        <source>The camera is not ready yet; try again in a moment.</source>
        <translation>相机尚未就绪，请稍后再试。</translation>
    </message>
    <message>
        <source>The camera reported a problem: {error}. Choose another camera or close other apps that use it.</source>
        <translation>相机报告了一个问题：{error}。请选择其他相机，或关闭正在使用该相机的其他应用。</translation>
    </message>
    <message>
        <source>The photo could not be taken: {error}</source>
        <translation>无法拍照：{error}</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>This model needs about {need} of memory but this computer has {have}. It may be very slow or fail to load: choose a smaller quantization of the same model (for example Q4_K_M instead of Q8_0), or offload layers to a GPU in Settings.</source>
        <translation>此模型需要约 {need} 内存，但这台电脑只有 {have}。它可能运行很慢或无法加载：请选择同一模型的更小量化版本（例如用 Q4_K_M 代替 Q8_0），或在设置中将部分层卸载到 GPU。</translation>
    </message>
    <message>
        <source>A language model with its vision projector (two GGUF files), downloaded from huggingface.co/{repo} and installed as a model pack.</source>
        <translation>一个语言模型及其视觉投影器（两个 GGUF 文件），从 huggingface.co/{repo} 下载并安装为模型包。</translation>
    </message>
    <message>
        <source>A model pack you build on your own computer from the original weights.</source>
        <translation>您在自己的电脑上由原始权重构建的模型包。</translation>
    </message>
    <message>
        <source>This license must be accepted before first use: the app asks you before it downloads anything.</source>
        <translation>首次使用前必须接受此许可：应用会在下载任何内容之前询问您。</translation>
    </message>
    <message>
        <source>This license must be accepted before first use.</source>
        <translation>首次使用前必须接受此许可。</translation>
    </message>
    <message>
        <source>It fits in this computer’s memory.</source>
        <translation>这台电脑的内存足够运行它。</translation>
    </message>
    <message>
        <source>about {photo} s per photo, {words} words per second (estimated from a short measurement)</source>
        <translation>每张照片约 {photo} 秒，每秒约 {words} 个词（根据一次简短测量估算）</translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>在这台电脑上：</translation>
    </message>
    <message>
        <source>Recommended for this computer</source>
        <translation>推荐用于这台电脑</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>约 {size}</translation>
    </message>
    <message>
        <source>This model is installed: see Installed packs.</source>
        <translation>此模型已安装：请查看“已安装的模型包”。</translation>
    </message>
    <message>
        <source>Of this model&apos;s versions, this is the largest that fits this computer&apos;s memory.</source>
        <translation>在此模型的各个版本中，这是这台电脑内存能容纳的最大版本。</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>简介：</translation>
    </message>
    <message>
        <source>Good at:</source>
        <translation>擅长：</translation>
    </message>
    <message>
        <source>Download size:</source>
        <translation>下载大小：</translation>
    </message>
    <message>
        <source>This pack cannot be downloaded ready-made: build it on your computer by following the guide {guide} in the app&apos;s documentation, then use Import from folder.</source>
        <translation>此模型包无法直接下载成品：请按照应用文档中的指南 {guide} 在您的电脑上构建，然后使用“从文件夹导入”。</translation>
    </message>
    <message>
        <source>Model catalogue</source>
        <translation>模型目录</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>目录条目</translation>
    </message>
    <message>
        <source>Download and i&amp;nstall</source>
        <translation>下载并安装(&amp;N)</translation>
    </message>
    <message>
        <source>{name} (installed)</source>
        <translation>{name}（已安装）</translation>
    </message>
    <message>
        <source>The catalogue has no entries.</source>
        <translation>目录中没有条目。</translation>
    </message>
    <message>
        <source>A pack named &apos;{name}&apos; is already installed; remove it first to install it again.</source>
        <translation>已安装名为“{name}”的模型包；如需重新安装，请先将其删除。</translation>
    </message>
    <message>
        <source>{name} cannot be downloaded ready-made.</source>
        <translation>{name} 无法直接下载成品。</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the vault passphrase</source>
        <translation>更改保险库密码短语</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>当前密码短语(&amp;C)：</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>当前密码短语</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新密码短语(&amp;N)：</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码短语</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>再次输入新密码短语(&amp;R)：</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再次输入新密码短语</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>更改(&amp;H)</translation>
    </message>
    <message>
        <source>Also re-&amp;encrypt every record under a new key (when the old passphrase may be known to someone; takes longer)</source>
        <translation>同时用新密钥重新加密每条记录(&amp;E)（当旧密码短语可能已被他人知道时使用；耗时更长）</translation>
    </message>
    <message>
        <source>This vault has a recovery key: it keeps working after the change.</source>
        <translation>此保险库有恢复密钥：更改后仍然有效。</translation>
    </message>
    <message>
        <source>This vault has no recovery key: if the new passphrase is lost, nobody can open the vault.</source>
        <translation>此保险库没有恢复密钥：如果丢失新的密码短语，任何人都无法打开保险库。</translation>
    </message>
    <message>
        <source>Changing the passphrase… (deriving the key takes a moment on purpose)</source>
        <translation>正在更改密码短语…（生成密钥会特意花一点时间）</translation>
    </message>
    <message>
        <source>Re-encrypting the records… {done} of {total}</source>
        <translation>正在重新加密记录… {done} / {total}</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s current passphrase. Nothing was changed.</source>
        <translation>这不是保险库当前的密码短语。未做任何更改。</translation>
    </message>
    <message>
        <source>The passphrase was not changed: {reason}</source>
        <translation>密码短语未更改：{reason}</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>The old recovery key no longer works. The new one is:

{key}

Write it down now and keep it safe: it is shown only this once.</source>
        <translation>旧的恢复密钥已失效。新的恢复密钥是：

{key}

请立即写下并妥善保管：它只显示这一次。</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Looking at the photo…</source>
        <translation>正在查看照片…</translation>
    </message>
    <message>
        <source>Writing the answer… (Esc stops it)</source>
        <translation>正在撰写回答…（按 Esc 停止）</translation>
    </message>
    <message>
        <source>1 token in {seconds} s ({rate} tokens/s)</source>
        <translation>1 个词元，用时 {seconds} 秒（{rate} 词元/秒）</translation>
    </message>
    <message>
        <source>{tokens} tokens in {seconds} s ({rate} tokens/s)</source>
        <translation>{tokens} 个词元，用时 {seconds} 秒（{rate} 词元/秒）</translation>
    </message>
    <message>
        <source>(speculative decoding: {percent} % of the proposed tokens kept)</source>
        <translation>（推测解码：保留了 {percent}% 的候选词元）</translation>
    </message>
    <message>
        <source>Stopped. {speed}</source>
        <translation>已停止。{speed}</translation>
    </message>
    <message>
        <source>Largest pause of the window while answering: {ms} ms</source>
        <translation>回答期间窗口的最长停顿：{ms} 毫秒</translation>
    </message>
    <message>
        <source>The answer could not be generated ({type}).</source>
        <translation>无法生成回答（{type}）。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Model output, not a diagnosis</source>
        <translation>模型输出，不是诊断</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not a diagnosis.</source>
        <translation>不是诊断。</translation>
    </message>
    <message>
        <source>Read the full disclaimer</source>
        <translation>阅读完整的免责声明</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>医疗免责声明</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>对话状态</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>病例详情</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Generation status</source>
        <translation>生成状态</translation>
    </message>
    <message>
        <source>Ask: {prompt} (Ctrl+{number})</source>
        <translation>提问：{prompt}（Ctrl+{number}）</translation>
    </message>
    <message>
        <source>Ask clinical question {number}</source>
        <translation>提出临床问题 {number}</translation>
    </message>
    <message>
        <source>Ask &amp;all four</source>
        <translation>提出全部四个问题(&amp;A)</translation>
    </message>
    <message>
        <source>Ask the four clinical questions in order (Ctrl+Shift+A)</source>
        <translation>按顺序提出四个临床问题（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Ask all four clinical questions</source>
        <translation>提出全部四个临床问题</translation>
    </message>
    <message>
        <source>Ask about the selected photo…</source>
        <translation>询问所选照片…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>As&amp;k</source>
        <translation>提问(&amp;K)</translation>
    </message>
    <message>
        <source>Ask question</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Ask the question (Enter)</source>
        <translation>提出问题（Enter）</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <source>Stop the answer being written (Esc)</source>
        <translation>停止正在撰写的回答（Esc）</translation>
    </message>
    <message>
        <source>Add a photo, then ask a question or use one of the clinical prompts below. Answers are written by the model pack shown above each answer.</source>
        <translation>请添加一张照片，然后提出问题，或使用下面的某个临床提示。回答由每条回答上方显示的模型包生成。</translation>
    </message>
    <message>
        <source>About photo {number} ({view})</source>
        <translation>关于照片 {number}（{view}）</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>您：</translation>
    </message>
    <message>
        <source>pack: {pack}</source>
        <translation>模型包：{pack}</translation>
    </message>
    <message>
        <source>unknown pack</source>
        <translation>未知模型包</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Evaluate a pack</source>
        <translation>评估模型包</translation>
    </message>
    <message>
        <source>Measure how often each pack names the label of your own labelled photos. The results stay where you choose: encrypted in the vault, or in a folder; nothing leaves this computer.</source>
        <translation>衡量每个模型包说出您自己已标注照片之标注的频率。结果保存在您选择的位置：加密保存在保险库中，或保存在一个文件夹中；任何内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>数据集(&amp;D)：</translation>
    </message>
    <message>
        <source>A folder of class folders, or a CSV or JSON list</source>
        <translation>按类别分文件夹的文件夹，或 CSV / JSON 列表</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;List…</source>
        <translation>列表(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Packs:</source>
        <translation>模型包(&amp;P)：</translation>
    </message>
    <message>
        <source>Packs to evaluate</source>
        <translation>要评估的模型包</translation>
    </message>
    <message>
        <source>&amp;Runs per photo:</source>
        <translation>每张照片运行次数(&amp;R)：</translation>
    </message>
    <message>
        <source>One greedy answer gives the accuracy; more runs, sampled, measure consistency.</source>
        <translation>一次贪婪解码的回答给出准确率；更多次采样运行用于衡量一致性。</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Keep the results:</source>
        <translation>结果保存位置(&amp;K)：</translation>
    </message>
    <message>
        <source>Encrypted in the vault</source>
        <translation>加密保存在保险库中</translation>
    </message>
    <message>
        <source>In a folder</source>
        <translation>保存在文件夹中</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>In the &amp;vault:</source>
        <translation>保险库中(&amp;V)：</translation>
    </message>
    <message>
        <source>Evaluations kept in the vault</source>
        <translation>保存在保险库中的评估</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <source>Show a finished evaluation; a stopped one fills in its settings, for Resume</source>
        <translation>显示已完成的评估；已停止的评估会填入其设置，以便继续</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>删除(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n answers</source>
        <translation>
            <numerusform>在 %n 个回答后停止</numerusform>
        </translation>
    </message>
    <message>
        <source>Its settings are filled in: press Resume to continue it.</source>
        <translation>已填入其设置：按“继续”接着运行。</translation>
    </message>
    <message>
        <source>Delete evaluation</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <source>Delete this evaluation and all its answers from the vault? This cannot be undone.</source>
        <translation>要从保险库中删除此评估及其所有回答吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>The evaluation was deleted.</source>
        <translation>评估已删除。</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>报告所在文件夹</translation>
    </message>
    <message>
        <source>The report, results.json and cases.csv are in {out}.</source>
        <translation>报告、results.json 和 cases.csv 位于 {out}。</translation>
    </message>
    <message>
        <source>No program opened {page}; open it from its folder.</source>
        <translation>没有程序打开 {page}；请从其所在文件夹打开。</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>Continue a stopped evaluation: the one in the output folder, or in the vault the one of the same dataset, packs, runs and seed</source>
        <translation>继续已停止的评估：输出文件夹中的那个，或保险库中数据集、模型包、运行次数和种子都相同的那个</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>保存报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Write report.html, report.pdf, results.json and cases.csv into a folder you choose</source>
        <translation>将 report.html、report.pdf、results.json 和 cases.csv 写入您选择的文件夹</translation>
    </message>
    <message>
        <source>Open report.html, with the plots; report.pdf is beside it</source>
        <translation>打开带图表的 report.html；report.pdf 在其旁边</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>在浏览器中打开(&amp;B)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Dataset: a folder of class folders</source>
        <translation>数据集：按类别分文件夹的文件夹</translation>
    </message>
    <message>
        <source>Dataset: a list of photos</source>
        <translation>数据集：照片列表</translation>
    </message>
    <message>
        <source>Case lists (*.csv *.json)</source>
        <translation>病例列表 (*.csv *.json)</translation>
    </message>
    <message>
        <source>Folder for the results</source>
        <translation>结果文件夹</translation>
    </message>
    <message>
        <source>The output folder already holds an evaluation: press Resume to continue it, or choose another folder.</source>
        <translation>输出文件夹中已有一次评估：请按“继续”接着进行，或选择另一个文件夹。</translation>
    </message>
    <message>
        <source>Loading the dataset and the first pack…</source>
        <translation>正在加载数据集和第一个模型包…</translation>
    </message>
    <message>
        <source>{pack} (pack {index} of {count}): {done} of {total} answers</source>
        <translation>{pack}（第 {index} 个，共 {count} 个）：{done} / {total} 个回答</translation>
    </message>
    <message>
        <source>{progress}, about {time} left</source>
        <translation>{progress}，大约还需 {time}</translation>
    </message>
    <message>
        <source>Done. The report, results.json and cases.csv are in {out}.</source>
        <translation>完成。报告、results.json 和 cases.csv 位于 {out}。</translation>
    </message>
    <message>
        <source>Done. The results are kept encrypted in the vault; Save report… writes them into a folder.</source>
        <translation>完成。结果已加密保存在保险库中；“保存报告…”可将其写入文件夹。</translation>
    </message>
    <message>
        <source>Stopped. The answers so far are kept: press Resume to continue.</source>
        <translation>已停止。已得到的回答均已保留：请按“继续”接着进行。</translation>
    </message>
    <message>
        <source>{pack} needs its license accepted first: load it once from Model packs to read and accept it.</source>
        <translation>{pack} 需要先接受其许可：请先从“模型包”中加载一次，阅读并接受许可。</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>意外错误（{type}）</translation>
    </message>
    <message>
        <source>The evaluation stopped: {reason}.</source>
        <translation>评估已停止：{reason}。</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>Pack evaluation on your own cases</source>
        <translation>在您自己的病例上评估模型包</translation>
    </message>
    <message>
        <source>This measures how often each pack&apos;s description names the labelled condition on these photos. It is not a clinical validation: the numbers hold for these cases and labels only.</source>
        <translation>此处衡量每个模型包的描述在这些照片上说出所标注病症的频率。这不是临床验证：这些数字只适用于这些病例和标注。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Top-1 accuracy</source>
        <translation>Top-1 准确率</translation>
    </message>
    <message>
        <source>Top-3 accuracy</source>
        <translation>Top-3 准确率</translation>
    </message>
    <message>
        <source>Consistency across runs</source>
        <translation>多次运行间的一致性</translation>
    </message>
    <message>
        <source>n/a (one run)</source>
        <translation>不适用（仅一次运行）</translation>
    </message>
    <message>
        <source>Worst skin-type group (top-1)</source>
        <translation>表现最差的肤色分型组（top-1）</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>{group}: {value} % ({gap} points below the best)</source>
        <translation>{group}：{value} %（比最佳组低 {gap} 个百分点）</translation>
    </message>
    <message>
        <source>{value} % (95 % CI {low}-{high}, n = {n})</source>
        <translation>{value} %（95 % 置信区间 {low}-{high}，n = {n}）</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>McNemar: {b} cases right only with the first, {c} only with the second; p = {p}</source>
        <translation>McNemar 检验：仅第一个正确的病例 {b} 个，仅第二个正确的 {c} 个；p = {p}</translation>
    </message>
    <message>
        <source>Rows not used ({count})</source>
        <translation>未使用的行（{count}）</translation>
    </message>
    <message>
        <source>No plots: this installation has no matplotlib (the installed app leaves it out); run the evaluation from a source install for them. The figures above are complete.</source>
        <translation>没有图表：此安装不含 matplotlib（安装版应用未包含它）；请从源码安装运行评估以获得图表。上面的数字是完整的。</translation>
    </message>
    <message>
        <source>{pack}: confusion matrix</source>
        <translation>{pack}：混淆矩阵</translation>
    </message>
    <message>
        <source>answer (first run, top 1)</source>
        <translation>回答（第一次运行，top 1）</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>{pack}: accuracy by skin type</source>
        <translation>{pack}：按肤色分型的准确率</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Fitzpatrick 皮肤分型</translation>
    </message>
    <message>
        <source>top-1 accuracy (95 % CI)</source>
        <translation>top-1 准确率（95 % 置信区间）</translation>
    </message>
    <message>
        <source>SkinGPT Desktop {version} · pack evaluation · page {page} of {pages}</source>
        <translation>SkinGPT Desktop {version} · 模型包评估 · 第 {page} 页，共 {pages} 页</translation>
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
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
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
        <source>The recovery key was not saved: {reason}</source>
        <translation>恢复密钥未保存：{reason}</translation>
    </message>
    <message>
        <source>Saved to {file}. Move it off this computer (a USB stick, a printout) and keep it safe.</source>
        <translation>已保存到 {file}。请把它移出这台电脑（U 盘或打印件），妥善保管。</translation>
    </message>
    <message>
        <source>The recovery key was sent to the printer.</source>
        <translation>恢复密钥已发送到打印机。</translation>
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
    <name>FollowUpDialog</name>
    <message>
        <source>Compare visits of this spot</source>
        <translation>比较此部位的就诊</translation>
    </message>
    <message>
        <source>&amp;Change since the earlier visit:</source>
        <translation>自上次就诊以来的变化(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. larger, edge now irregular</source>
        <translation>例如：变大，边缘变得不规则</translation>
    </message>
    <message>
        <source>Change since the earlier visit</source>
        <translation>自上次就诊以来的变化</translation>
    </message>
    <message>
        <source>Sa&amp;ve note</source>
        <translation>保存备注(&amp;V)</translation>
    </message>
    <message>
        <source>Question about both photos</source>
        <translation>关于两张照片的问题</translation>
    </message>
    <message>
        <source>&amp;Ask about both photos</source>
        <translation>询问两张照片(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Earlier visit</source>
        <translation>较早的就诊</translation>
    </message>
    <message>
        <source>Later visit</source>
        <translation>较晚的就诊</translation>
    </message>
    <message>
        <source>Loading the visits…</source>
        <translation>正在加载就诊…</translation>
    </message>
    <message>
        <source>This visit is not linked to another one yet: edit a later case and choose this one under Same spot as.</source>
        <translation>此次就诊尚未与其他就诊关联：编辑一个较晚的病例，并在“同一部位：”中选择此次就诊。</translation>
    </message>
    <message>
        <source>Change noted: {note}</source>
        <translation>已记录的变化：{note}</translation>
    </message>
    <message>
        <source>Model output, not a diagnosis</source>
        <translation>模型输出，不是诊断</translation>
    </message>
    <message numerus="yes">
        <source>{earlier} → {later} · days between the visits: %n</source>
        <translation>
            <numerusform>{earlier} → {later} · 两次就诊相隔天数：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>The change note was saved.</source>
        <translation>变化备注已保存。</translation>
    </message>
    <message>
        <source>Both photos answered.</source>
        <translation>两张照片均已回答。</translation>
    </message>
    <message>
        <source>Asking about the photo of {date}…</source>
        <translation>正在询问 {date} 的照片…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Load a model pack to ask about the photos</source>
        <translation>请加载模型包后再询问照片</translation>
    </message>
</context>
<context>
    <name>Installer</name>
    <message>
        <source>{name}: only packs installed in the app&apos;s packs folder can be removed here</source>
        <translation>{name}：此处只能删除安装在本应用模型包文件夹中的模型包</translation>
    </message>
    <message>
        <source>{where}: pack name &apos;{name}&apos; cannot be used as a folder name</source>
        <translation>{where}：模型包名称“{name}”不能用作文件夹名称</translation>
    </message>
    <message>
        <source>{folder}: no {manifest} here; choose the pack&apos;s folder</source>
        <translation>{folder}：此处没有 {manifest}；请选择模型包所在的文件夹</translation>
    </message>
    <message>
        <source>a pack named &apos;{name}&apos; is already installed</source>
        <translation>已安装名为“{name}”的模型包</translation>
    </message>
    <message>
        <source>{file}: missing (the pack folder is incomplete)</source>
        <translation>{file}：缺失（模型包文件夹不完整）</translation>
    </message>
    <message>
        <source>{file}: size is {size} bytes, the manifest says {expected}</source>
        <translation>{file}：大小为 {size} 字节，清单中写的是 {expected}</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the manifest (damaged or altered file); nothing was installed</source>
        <translation>{file}：SHA-256 与清单不符（文件已损坏或被修改）；未安装任何内容</translation>
    </message>
    <message>
        <source>Cannot reach {host}: {reason}. This computer seems to be offline or a firewall blocks the connection. Connect to the internet and try again, or copy the pack from another computer and use Import from folder.</source>
        <translation>无法连接 {host}：{reason}。这台电脑似乎未联网，或防火墙阻止了连接。请连接互联网后重试，或从另一台电脑复制模型包，然后使用“从文件夹导入”。</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be looked up</source>
        <translation>无法解析服务器名称</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>{seconds} 秒内无响应</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>{name} was not found (HTTP 404): check the repository id and that it holds a SkinGPT Desktop model pack</source>
        <translation>未找到 {name}（HTTP 404）：请检查仓库 ID，并确认其中包含 SkinGPT Desktop 模型包</translation>
    </message>
    <message>
        <source>access to {name} was refused (HTTP {code}): the repository is private or gated; download it in a browser after accepting its terms, then import it</source>
        <translation>访问 {name} 被拒绝（HTTP {code}）：该仓库是私有的或需要申请访问；请在浏览器中接受其条款后下载，然后导入</translation>
    </message>
    <message>
        <source>the server answered HTTP {code} for {name}; try again later</source>
        <translation>服务器对 {name} 返回了 HTTP {code}；请稍后重试</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a repository id (expected owner/name)</source>
        <translation>“{repo}”不是仓库 ID（应为 owner/name 格式）</translation>
    </message>
    <message>
        <source>{repo}: {manifest} is too large to be a pack manifest</source>
        <translation>{repo}：{manifest} 太大，不可能是模型包清单</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the pack manifest; the download was damaged or altered and has been deleted. Nothing was installed.</source>
        <translation>{file}：SHA-256 与模型包清单不符；下载的文件已损坏或被修改，已被删除。未安装任何内容。</translation>
    </message>
    <message>
        <source>{file}: the connection was lost after {have} of {size} bytes ({error}); press Download again to resume from there</source>
        <translation>{file}：已下载 {have} / {size} 字节时连接中断（{error}）；请再次按“下载”从中断处继续</translation>
    </message>
    <message>
        <source>Downloads are switched off on this computer (the HF_HUB_OFFLINE setting). Unset it to download, or copy the pack from another computer and use Import from folder.</source>
        <translation>此电脑已关闭下载（HF_HUB_OFFLINE 设置）。取消该设置即可下载，或从另一台电脑复制模型包，然后使用“从文件夹导入”。</translation>
    </message>
    <message>
        <source>Not enough free disk space in {folder}: the download needs {need} and {free} are free. Free some space and try again.</source>
        <translation>{folder} 中的可用磁盘空间不足：下载需要 {need}，可用 {free}。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>{file}: cannot write the download ({error})</source>
        <translation>{file}：无法写入下载的文件（{error}）</translation>
    </message>
    <message>
        <source>{file}: Hugging Face publishes no hash for this file, so it cannot be checked; nothing was installed</source>
        <translation>{file}：Hugging Face 未公布此文件的哈希值，因此无法校验；未安装任何内容</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the hash Hugging Face publishes; the download was damaged or altered and has been deleted. Nothing was installed.</source>
        <translation>{file}：SHA-256 与 Hugging Face 公布的哈希值不符；下载的文件已损坏或被修改，已被删除。未安装任何内容。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be downloaded: it is not a plain file path inside the repository</source>
        <translation>无法下载“{name}”：它不是仓库中的普通文件路径</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <source>Accept the license</source>
        <translation>接受许可</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>{model} is provided under its own license, which you must accept before you download and use it.</source>
        <translation>{model} 按其自身的许可提供，您必须在下载和使用前接受该许可。</translation>
    </message>
    <message>
        <source>Read the license on the model’s page before accepting.</source>
        <translation>接受前请先在模型页面上阅读许可。</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>许可：</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>预期用途：</translation>
    </message>
    <message>
        <source>Known limits:</source>
        <translation>已知局限：</translation>
    </message>
    <message>
        <source>{pack} may only be used under its license&apos;s terms. Read them and accept them to use this model pack.</source>
        <translation>{pack} 只能按其许可条款使用。请阅读并接受这些条款后再使用此模型包。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The vault is locked</source>
        <translation>保险库已锁定</translation>
    </message>
    <message>
        <source>Patients, photos and conversations are encrypted. Enter your passphrase to open them.</source>
        <translation>患者、照片和对话均已加密。请输入您的密码短语来打开它们。</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>改用恢复密钥(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>解锁保险库</translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation>解锁状态</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>大写锁定已打开。</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>恢复密钥(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Unlocking… (deriving the key takes a moment on purpose)</source>
        <translation>正在解锁…（生成密钥需要一点时间，这是有意设计的）</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Compare it with the saved or printed copy and try again. Nothing was changed.</source>
        <translation>此恢复密钥无法打开这个保险库。请与保存或打印的副本核对后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check the spelling and whether Caps Lock is on, then try again. Nothing was changed.</source>
        <translation>此密码短语无法打开这个保险库。请检查拼写以及大写锁定是否打开，然后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>The vault could not be opened: {reason}</source>
        <translation>无法打开保险库：{reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Add a photo from a file</source>
        <translation>从文件添加照片</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>粘贴照片</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Ask clinical question 1 to 4</source>
        <translation>提出临床问题 1 至 4</translation>
    </message>
    <message>
        <source>Ask all four clinical questions</source>
        <translation>提出全部四个临床问题</translation>
    </message>
    <message>
        <source>Go to the question box</source>
        <translation>转到提问框</translation>
    </message>
    <message>
        <source>Stop the answer being written</source>
        <translation>停止正在撰写的回答</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>保存病例</translation>
    </message>
    <message>
        <source>Report: warning signs, summary, PDFs</source>
        <translation>报告：警示症状、摘要、PDF</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建病例</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜索病例</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>锁定保险库</translation>
    </message>
    <message>
        <source>Model packs</source>
        <translation>模型包</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Loading the vision model</source>
        <translation>正在加载视觉模型</translation>
    </message>
    <message>
        <source>Loading the language model</source>
        <translation>正在加载语言模型</translation>
    </message>
    <message>
        <source>Measuring whether speculative decoding is faster on this computer</source>
        <translation>正在测量推测解码在这台电脑上是否更快</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>本机安装信息</translation>
    </message>
    <message>
        <source>Checking llama.cpp…</source>
        <translation>正在检查 llama.cpp…</translation>
    </message>
    <message>
        <source>SkinGPT Desktop {version}</source>
        <translation>SkinGPT Desktop {version}</translation>
    </message>
    <message>
        <source>An offline dermatology assistant that runs SkinGPT-4 model packs on this computer. Photos and conversations never leave it.</source>
        <translation>一款离线皮肤科助手，在这台电脑上运行 SkinGPT-4 模型包。照片和对话绝不会离开这台电脑。</translation>
    </message>
    <message>
        <source>It gives information, not a diagnosis.</source>
        <translation>它提供的是信息，不是诊断。</translation>
    </message>
    <message>
        <source>No model pack loaded</source>
        <translation>未加载模型包</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>SkinGPT Desktop</source>
        <translation>SkinGPT Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新建病例(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>添加照片(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>粘贴照片(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>相机(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>保存病例(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>锁定保险库(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>更改密码短语(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>备份保险库(&amp;B)…</translation>
    </message>
    <message>
        <source>R&amp;estore from backup…</source>
        <translation>从备份恢复(&amp;E)…</translation>
    </message>
    <message>
        <source>Sal&amp;vage a damaged vault…</source>
        <translation>抢救损坏的保险库(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Model &amp;packs…</source>
        <translation>模型包(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Evaluate a pack…</source>
        <translation>评估模型包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Go to the &amp;question box</source>
        <translation>转到提问框(&amp;Q)</translation>
    </message>
    <message>
        <source>Medical &amp;disclaimer</source>
        <translation>医疗免责声明(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Photo tips</source>
        <translation>拍照提示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Warning signs, summary and urgency, PDFs (Ctrl+R)</source>
        <translation>警示症状、摘要和紧急程度、PDF（Ctrl+R）</translation>
    </message>
    <message>
        <source>Model pack status</source>
        <translation>模型包状态</translation>
    </message>
    <message>
        <source>Lock vault</source>
        <translation>锁定保险库</translation>
    </message>
    <message>
        <source>Save this case before locking? Unsaved photos and answers are removed from the screen when the vault locks.</source>
        <translation>锁定前要保存此病例吗？保险库锁定后，未保存的照片和回答将从屏幕上清除。</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n min without use.</source>
        <translation>
            <numerusform>%n 分钟无操作后已锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved case</source>
        <translation>未保存的病例</translation>
    </message>
    <message>
        <source>Discard the photos and answers that are not saved?</source>
        <translation>要放弃未保存的照片和回答吗？</translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation>尚无可保存的内容。</translation>
    </message>
    <message>
        <source>Saved: {title}</source>
        <translation>已保存：{title}</translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>未能保存病例</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Parts of this case could not be read: {problems}</source>
        <translation>此病例的部分内容无法读取：{problems}</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>无法打开病例</translation>
    </message>
    <message>
        <source>The case was not deleted</source>
        <translation>未能删除病例</translation>
    </message>
    <message>
        <source>The patient was not deleted</source>
        <translation>未能删除患者</translation>
    </message>
    <message>
        <source>Cases could not be listed</source>
        <translation>无法列出病例</translation>
    </message>
    <message>
        <source>{what}: {detail}</source>
        <translation>{what}：{detail}</translation>
    </message>
    <message>
        <source>Evaluation running</source>
        <translation>评估正在运行</translation>
    </message>
    <message>
        <source>An evaluation is running. Quit and stop it? The answers so far are kept: Resume continues it later.</source>
        <translation>评估正在运行。要退出并停止它吗？已有的回答会保留：稍后可按“继续”接着运行。</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>保险库</translation>
    </message>
    <message>
        <source>The vault passphrase was changed.</source>
        <translation>保险库密码短语已更改。</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>模型包</translation>
    </message>
    <message>
        <source>{problem}. The last used model pack is loaded instead.</source>
        <translation>{problem}。已改为加载上次使用的模型包。</translation>
    </message>
    <message>
        <source>Wait for the answer to finish (or press Stop) before changing the model pack.</source>
        <translation>请等待回答完成（或按“停止”）后再更换模型包。</translation>
    </message>
    <message>
        <source>Checking the model pack…</source>
        <translation>正在检查模型包…</translation>
    </message>
    <message>
        <source>{pack} was not loaded: its license was not accepted.</source>
        <translation>{pack} 未加载：其许可未被接受。</translation>
    </message>
    <message>
        <source>Loading {pack}…</source>
        <translation>正在加载 {pack}…</translation>
    </message>
    <message>
        <source>{pack}: {stage}…</source>
        <translation>{pack}：{stage}…</translation>
    </message>
    <message>
        <source>The model pack could not be loaded ({type}: {exc})</source>
        <translation>无法加载模型包（{type}：{exc}）</translation>
    </message>
    <message>
        <source>Pack: {pack}</source>
        <translation>模型包：{pack}</translation>
    </message>
    <message>
        <source>Loading the model pack…</source>
        <translation>正在加载模型包…</translation>
    </message>
    <message>
        <source>Load a model pack to ask questions (Model ▸ Model packs).</source>
        <translation>请加载模型包后再提问（模型 ▸ 模型包）。</translation>
    </message>
    <message>
        <source>Add a photo to ask about it.</source>
        <translation>请添加一张照片后再提问。</translation>
    </message>
    <message>
        <source>Asking about photo {number} ({view})</source>
        <translation>正在询问照片 {number}（{view}）</translation>
    </message>
    <message>
        <source>model pack: {pack}</source>
        <translation>模型包：{pack}</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>医疗免责声明</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About SkinGPT Desktop</source>
        <translation>关于 SkinGPT Desktop</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>隐藏详情(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>显示详情(&amp;D)</translation>
    </message>
    <message>
        <source>Build details</source>
        <translation>安装详情</translation>
    </message>
    <message>
        <source>&amp;Copy build report</source>
        <translation>复制构建报告(&amp;C)</translation>
    </message>
    <message>
        <source>Copy build report</source>
        <translation>复制构建报告</translation>
    </message>
    <message>
        <source>The build report could not be gathered ({error}).</source>
        <translation>无法收集构建报告（{error}）。</translation>
    </message>
    <message>
        <source>Build report copied: paste it where support asks.</source>
        <translation>构建报告已复制：请粘贴到技术支持要求的地方。</translation>
    </message>
    <message>
        <source>Save this case before closing?</source>
        <translation>关闭前要保存此病例吗？</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Looking for model packs…</source>
        <translation>正在查找模型包…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model pack is installed yet.&lt;/p&gt;&lt;p&gt;Import one from a folder or USB drive, or download one from Hugging Face.&lt;/p&gt;</source>
        <translation>&lt;p&gt;尚未安装任何模型包。&lt;/p&gt;&lt;p&gt;请从文件夹或 U 盘导入，或从 Hugging Face 下载。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Downloading {file}</source>
        <translation>正在下载 {file}</translation>
    </message>
    <message>
        <source>Verifying {file}</source>
        <translation>正在校验 {file}</translation>
    </message>
    <message>
        <source>Copying and verifying {file}</source>
        <translation>正在复制并校验 {file}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} 分 {s} 秒</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} 小时 {min} 分</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what}：{done} / {total}</translation>
    </message>
    <message>
        <source> · {speed}/s · {time} left</source>
        <translation> · {speed}/秒 · 剩余 {time}</translation>
    </message>
    <message>
        <source>None stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>{name} from {origin}</source>
        <translation>{name}，来自 {origin}</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>未知容量</translation>
    </message>
    <message>
        <source>RAM needed:</source>
        <translation>所需内存：</translation>
    </message>
    <message>
        <source>about {ram}; this computer has {have}.</source>
        <translation>约 {ram}；这台电脑有 {have}。</translation>
    </message>
    <message>
        <source>not stated by the pack; this computer has {have}.</source>
        <translation>模型包未说明；这台电脑有 {have}。</translation>
    </message>
    <message>
        <source>Checking the GPU&apos;s memory…</source>
        <translation>正在检查 GPU 显存…</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>The app asks the model to answer in the language chosen in Settings, but the model&apos;s answers in languages other than English are of limited quality: Llama 2&apos;s model card puts other languages out of scope. The app&apos;s fixed texts and the warning signs are always its own reviewed translations, never the model&apos;s.</source>
        <translation>本应用会要求模型使用“设置”中选择的语言回答，但模型用英语以外的语言给出的回答质量有限：Llama 2 的模型卡将其他语言列为不在适用范围内。本应用的固定文本和警示症状始终使用本应用自己经过审核的翻译，而不是模型生成的内容。</translation>
    </message>
    <message>
        <source>The app asks the model to answer in the language chosen in Settings; how well it answers in languages other than English depends on the model (see its own model card). The app&apos;s fixed texts and the warning signs are always its own reviewed translations, never the model&apos;s.</source>
        <translation>应用会要求模型用“设置”中选择的语言回答；它用英语以外的语言回答得好坏取决于模型本身（见其模型卡）。应用的固定文字和警示症状始终是应用自己审校过的译文，从不来自模型。</translation>
    </message>
    <message>
        <source>This license must be accepted before the pack is first used: the app asks.</source>
        <translation>首次使用此模型包前必须接受该许可：应用会询问您。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Quantization:</source>
        <translation>量化：</translation>
    </message>
    <message>
        <source>Conversation format:</source>
        <translation>对话格式：</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>预期用途：</translation>
    </message>
    <message>
        <source>Known limits:</source>
        <translation>已知局限：</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Converted from:</source>
        <translation>转换自：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>{repo}, revision {revision}</source>
        <translation>{repo}，修订版本 {revision}</translation>
    </message>
    <message>
        <source>Downloaded from:</source>
        <translation>下载自：</translation>
    </message>
    <message>
        <source>SHA-256 of the downloaded files (checked against Hugging Face):</source>
        <translation>已下载文件的 SHA-256（已与 Hugging Face 核对）：</translation>
    </message>
    <message>
        <source>Model packs</source>
        <translation>模型包</translation>
    </message>
    <message>
        <source>Installed model packs</source>
        <translation>已安装的模型包</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>模型卡</translation>
    </message>
    <message>
        <source>&amp;Use this pack</source>
        <translation>使用此模型包(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Import from folder…</source>
        <translation>从文件夹导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;GGUF files…</source>
        <translation>导入 GGUF 文件(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Installed &amp;packs</source>
        <translation>已安装的模型包(&amp;P)</translation>
    </message>
    <message>
        <source>Cata&amp;logue</source>
        <translation>目录(&amp;L)</translation>
    </message>
    <message>
        <source>Download from Hugging Face</source>
        <translation>从 Hugging Face 下载</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>owner/name</translation>
    </message>
    <message>
        <source>Repository id</source>
        <translation>仓库 ID</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Re&amp;vision:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Downloads resume where they stopped, even after a restart, and every file is checked against the hash Hugging Face publishes and the pack&apos;s SHA-256 list before anything is installed.</source>
        <translation>下载中断后会从停止处继续（即使重新启动后也是如此），并在安装任何内容之前按照 Hugging Face 公布的哈希值和模型包的 SHA-256 列表校验每个文件。</translation>
    </message>
    <message>
        <source>Install progress</source>
        <translation>安装进度</translation>
    </message>
    <message>
        <source>Install status</source>
        <translation>安装状态</translation>
    </message>
    <message>
        <source>{pack} (in use)</source>
        <translation>{pack}（使用中）</translation>
    </message>
    <message>
        <source>{pack} (could not be loaded)</source>
        <translation>{pack}（无法加载）</translation>
    </message>
    <message>
        <source>The installed packs could not be listed ({type}).</source>
        <translation>无法列出已安装的模型包（{type}）。</translation>
    </message>
    <message>
        <source>This pack could not be loaded:</source>
        <translation>此模型包无法加载：</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>模型包</translation>
    </message>
    <message>
        <source>{advice}

Use this pack anyway?</source>
        <translation>{advice}

仍要使用此模型包吗？</translation>
    </message>
    <message>
        <source>Remove model pack</source>
        <translation>删除模型包</translation>
    </message>
    <message>
        <source>Delete the pack &apos;{pack}&apos; and its files from this computer?</source>
        <translation>要从这台电脑上删除模型包“{pack}”及其文件吗？</translation>
    </message>
    <message>
        <source>Removing {pack}…</source>
        <translation>正在删除 {pack}…</translation>
    </message>
    <message>
        <source>Removed {pack}.</source>
        <translation>已删除 {pack}。</translation>
    </message>
    <message>
        <source>The pack could not be removed completely ({type}: {exc}).</source>
        <translation>无法完全删除该模型包（{type}：{exc}）。</translation>
    </message>
    <message>
        <source>Choose the model pack folder</source>
        <translation>选择模型包文件夹</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Enter a repository id such as owner/skingpt4-q4.</source>
        <translation>请输入仓库 ID，例如 owner/skingpt4-q4。</translation>
    </message>
    <message>
        <source>Connecting to download {repo}…</source>
        <translation>正在连接以下载 {repo}…</translation>
    </message>
    <message>
        <source>Choose the language model (.gguf)</source>
        <translation>选择语言模型 (.gguf)</translation>
    </message>
    <message>
        <source>Choose its vision projector (mmproj .gguf)</source>
        <translation>选择其视觉投影器 (mmproj .gguf)</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf)</source>
        <translation>GGUF 文件 (*.gguf)</translation>
    </message>
    <message>
        <source>Building a model pack from {file}…</source>
        <translation>正在从 {file} 构建模型包…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was installed.</source>
        <translation>已取消。未安装任何内容。</translation>
    </message>
    <message>
        <source>{pack} is already installed; remove it first to install it again.</source>
        <translation>{pack} 已安装；如需重新安装，请先将其删除。</translation>
    </message>
    <message>
        <source>Connecting to download {pack}…</source>
        <translation>正在连接以下载 {pack}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Installed and verified: {pack}</source>
        <translation>已安装并校验：{pack}</translation>
    </message>
    <message>
        <source>The pack could not be installed ({type}: {exc}).</source>
        <translation>无法安装该模型包（{type}：{exc}）。</translation>
    </message>
    <message>
        <source>Cancelled. A download continues where it stopped when you press Download again.</source>
        <translation>已取消。再次点击“下载”时，下载会从停止处继续。</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Too weak</source>
        <translation>太弱</translation>
    </message>
    <message>
        <source>Use at least 8 characters; four or more random words work well.</source>
        <translation>请至少使用 8 个字符；四个或更多随机单词效果很好。</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Add another word or two, or mix in digits and symbols.</source>
        <translation>请再加一两个单词，或混入数字和符号。</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good start; one more random word makes it much stronger.</source>
        <translation>开头不错；再加一个随机单词会强得多。</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>好</translation>
    </message>
    <message>
        <source>A good passphrase. Write it down somewhere safe.</source>
        <translation>密码短语不错。请把它写下来，保存在安全的地方。</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>A strong passphrase. Write it down somewhere safe.</source>
        <translation>密码短语很强。请把它写下来，保存在安全的地方。</translation>
    </message>
    <message>
        <source>It is built on a common word (“{word}”), one of the first guesses; use four or more random words.</source>
        <translation>它基于一个常见词（“{word}”），是最先被尝试的猜测之一；请使用四个或更多随机词。</translation>
    </message>
    <message>
        <source>Repeated or consecutive characters are guessed quickly; use four or more random words.</source>
        <translation>重复或连续的字符很快就会被猜出；请使用四个或更多随机词。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}.&lt;/b&gt; {advice}</source>
        <translation>&lt;b&gt;{label}。&lt;/b&gt;{advice}</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>I: always burns, never tans (very pale skin)</source>
        <translation>I：总是晒伤，从不晒黑（肤色非常白皙）</translation>
    </message>
    <message>
        <source>II: usually burns, tans with difficulty (fair skin)</source>
        <translation>II：通常晒伤，很难晒黑（肤色白皙）</translation>
    </message>
    <message>
        <source>III: sometimes burns, tans gradually (light brown skin)</source>
        <translation>III：有时晒伤，逐渐晒黑（浅棕色皮肤）</translation>
    </message>
    <message>
        <source>IV: rarely burns, tans easily (moderate brown skin)</source>
        <translation>IV：很少晒伤，容易晒黑（中等棕色皮肤）</translation>
    </message>
    <message>
        <source>V: very rarely burns, tans very easily (dark brown skin)</source>
        <translation>V：极少晒伤，非常容易晒黑（深棕色皮肤）</translation>
    </message>
    <message>
        <source>VI: never burns (deeply pigmented, dark brown to black skin)</source>
        <translation>VI：从不晒伤（色素很深，深棕色至黑色皮肤）</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>新患者</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>编辑患者</translation>
    </message>
    <message>
        <source>&amp;Name or ID:</source>
        <translation>姓名或编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>姓名或编号</translation>
    </message>
    <message>
        <source>&amp;Clinic number:</source>
        <translation>门诊号(&amp;C)：</translation>
    </message>
    <message>
        <source>Clinic patient number</source>
        <translation>门诊患者编号</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>出生年份(&amp;B)：</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>&amp;Village or contact:</source>
        <translation>村庄或联系方式(&amp;V)：</translation>
    </message>
    <message>
        <source>Village or contact</source>
        <translation>村庄或联系方式</translation>
    </message>
    <message>
        <source>&amp;Fitzpatrick type:</source>
        <translation>Fitzpatrick 分型(&amp;F)：</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Fitzpatrick 皮肤分型</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>过敏史(&amp;A)：</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>过敏史</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>V&amp;isits:</source>
        <translation>就诊记录(&amp;I)：</translation>
    </message>
    <message>
        <source>Visits, oldest first</source>
        <translation>就诊记录，按时间从早到晚</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>e.g. penicillin; none known</source>
        <translation>例如：青霉素；无已知过敏</translation>
    </message>
    <message>
        <source>e.g. village, or a phone number</source>
        <translation>例如：村庄或电话号码</translation>
    </message>
    <message>
        <source>Double-click to open this visit</source>
        <translation>双击打开这次就诊</translation>
    </message>
    <message>
        <source>No visits saved yet</source>
        <translation>尚未保存任何就诊</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Close-up</source>
        <translation>近景</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>全景</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>close-up</source>
        <translation>近景</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>全景</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>blur</source>
        <translation>模糊</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>过暗</translation>
    </message>
    <message>
        <source>bright</source>
        <translation>过亮</translation>
    </message>
    <message>
        <source>{width} x {height} pixels</source>
        <translation>{width} x {height} 像素</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo quality: good&lt;/b&gt; ({size}). Sharp and well exposed.</source>
        <translation>&lt;b&gt;照片质量：良好&lt;/b&gt;（{size}）。清晰，曝光良好。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo quality: consider retaking&lt;/b&gt; ({size})</source>
        <translation>&lt;b&gt;照片质量：建议重拍&lt;/b&gt;（{size}）</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Selected photo</source>
        <translation>所选照片</translation>
    </message>
    <message>
        <source>Photos of this case</source>
        <translation>此病例的照片</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <source>Kind of photo (close-up or wide)</source>
        <translation>照片类型（近景或全景）</translation>
    </message>
    <message>
        <source>Photo quality</source>
        <translation>照片质量</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>添加照片(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a photo from a file (Ctrl+O)</source>
        <translation>从文件添加照片（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste a photo from the clipboard</source>
        <translation>从剪贴板粘贴照片</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>相机(&amp;C)…</translation>
    </message>
    <message>
        <source>Take a photo with a camera (Ctrl+Shift+C)</source>
        <translation>用相机拍照（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected photo from this case</source>
        <translation>从此病例中删除所选照片</translation>
    </message>
    <message>
        <source>Photo &amp;tips</source>
        <translation>拍照提示(&amp;T)</translation>
    </message>
    <message>
        <source>How to take a photo the model can use</source>
        <translation>如何拍摄模型可以使用的照片</translation>
    </message>
    <message>
        <source>Paste photo</source>
        <translation>粘贴照片</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Photos ({patterns});;All files (*)</source>
        <translation>照片 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>The clipboard holds no photo. Copy an image or a photo file first.</source>
        <translation>剪贴板中没有照片。请先复制一张图像或一个照片文件。</translation>
    </message>
    <message>
        <source>The photo could not be opened ({type}).</source>
        <translation>无法打开该照片（{type}）。</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>正在检查照片…</translation>
    </message>
    <message>
        <source>Photo quality good</source>
        <translation>照片质量良好</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Photo quality: {problems}</source>
        <translation>照片质量：{problems}</translation>
    </message>
    <message>
        <source>{number}. {view}</source>
        <translation>{number}. {view}</translation>
    </message>
    <message>
        <source>Remove photo {number} from this case?</source>
        <translation>要从此病例中删除照片 {number} 吗？</translation>
    </message>
    <message>
        <source>Photo tips</source>
        <translation>拍照提示</translation>
    </message>
    <message>
        <source>Drop a photo here, paste one (Ctrl+V), or use Add photo (Ctrl+O).</source>
        <translation>将照片拖放到这里、粘贴照片（Ctrl+V），或使用“添加照片”（Ctrl+O）。</translation>
    </message>
</context>
<context>
    <name>RecordFlows</name>
    <message>
        <source>The patient was not added</source>
        <translation>未能添加患者</translation>
    </message>
    <message>
        <source>The patient could not be opened</source>
        <translation>无法打开患者信息</translation>
    </message>
    <message>
        <source>The patient was not changed</source>
        <translation>患者信息未更改</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>无法打开病例</translation>
    </message>
    <message>
        <source>The case was not changed</source>
        <translation>病例未更改</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>SkinGPT Desktop vault recovery key</source>
        <translation>SkinGPT Desktop 保险库恢复密钥</translation>
    </message>
    <message>
        <source>Opens the vault: {file}</source>
        <translation>可打开的保险库：{file}</translation>
    </message>
    <message>
        <source>Vault ID: {id}</source>
        <translation>保险库 ID：{id}</translation>
    </message>
    <message>
        <source>Made on: {date}</source>
        <translation>创建日期：{date}</translation>
    </message>
    <message>
        <source>This key opens the vault if the passphrase is forgotten. Anyone who has it and the vault file can read every record: keep it somewhere safe, away from this computer.</source>
        <translation>忘记密码短语时，可用此密钥打开保险库。任何同时拥有此密钥和保险库文件的人都能读取全部记录：请将其保存在安全的地方，远离这台电脑。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Tick every warning sign &lt;b&gt;the patient has now&lt;/b&gt;. These questions are about the patient&apos;s symptoms, not about the photo. Fixed rules from public medical guidance use them to set how urgent this is; the model may at most suggest seeing a doctor within 2 weeks.</source>
        <translation>请勾选&lt;b&gt;患者目前有&lt;/b&gt;的每一项警示症状。这些问题询问的是患者的症状，而不是照片。基于公开医学指南的固定规则会据此确定紧急程度；模型最多只能建议在 2 周内就医。</translation>
    </message>
    <message>
        <source>Writing the summary (one more answer from the model)… Cancel stops it.</source>
        <translation>正在撰写摘要（需要模型再回答一次）… 点击“取消”可停止。</translation>
    </message>
    <message>
        <source>This report will be stored in the vault with the case when you save the case (File ▸ Save case).</source>
        <translation>保存病例时（文件 ▸ 保存病例），此报告将与病例一起存储在保险库中。</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
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
        <translation>报告</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>警示症状</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>以上都没有</translation>
    </message>
    <message>
        <source>Writing the summary</source>
        <translation>正在撰写摘要</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>报告状态</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>生成报告(&amp;M)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the summary, or close without a report</source>
        <translation>停止撰写摘要，或关闭且不生成报告</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Warning signs ticked</source>
        <translation>已勾选的警示症状</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>报告摘要</translation>
    </message>
    <message>
        <source>Where the report is stored</source>
        <translation>报告的存储位置</translation>
    </message>
    <message>
        <source>Saved files</source>
        <translation>已保存的文件</translation>
    </message>
    <message>
        <source>&amp;Save PDFs…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the patient and the clinician report into a folder</source>
        <translation>将患者报告和医务人员报告写入一个文件夹</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Patient report…</source>
        <translation>患者报告…</translation>
    </message>
    <message>
        <source>Clinician report…</source>
        <translation>医务人员报告…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>The report could not be made ({type}).</source>
        <translation>无法生成报告（{type}）。</translation>
    </message>
    <message>
        <source>Stopped: no report was made.</source>
        <translation>已停止：未生成报告。</translation>
    </message>
    <message>
        <source>Storing the report in the vault…</source>
        <translation>正在将报告存储到保险库…</translation>
    </message>
    <message>
        <source>The report was not stored in the vault: {error}</source>
        <translation>报告未存储到保险库：{error}</translation>
    </message>
    <message>
        <source>Stored in the vault with this case (encrypted).</source>
        <translation>已与此病例一起存储在保险库中（已加密）。</translation>
    </message>
    <message>
        <source>Save the patient and clinician reports in…</source>
        <translation>将患者报告和医务人员报告保存到…</translation>
    </message>
    <message>
        <source>Writing the PDFs…</source>
        <translation>正在写入 PDF…</translation>
    </message>
    <message>
        <source>Saved {names} in {folder}.</source>
        <translation>已将 {names} 保存到 {folder}。</translation>
    </message>
    <message>
        <source>The PDFs could not be written ({type}).</source>
        <translation>无法写入 PDF（{type}）。</translation>
    </message>
    <message>
        <source>The patient report was sent to the printer.</source>
        <translation>患者报告已发送到打印机。</translation>
    </message>
    <message>
        <source>The clinician report was sent to the printer.</source>
        <translation>医务人员报告已发送到打印机。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restoring adds the records of a backup that this vault does not have. Records already here are kept as they are: nothing is overwritten. The backup is checked completely first, and nothing is written if any part of it is damaged.</source>
        <translation>恢复会添加备份中有而此保险库中没有的记录。此处已有的记录保持不变：不会覆盖任何内容。系统会先完整检查备份，只要其中任何部分损坏，就不会写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>备份文件(&amp;B)：</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose a backup file (.skgbackup)</source>
        <translation>选择备份文件 (.skgbackup)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>备份密码短语</translation>
    </message>
    <message>
        <source>A backup opens with the vault passphrase of the computer that made it, or with its own passphrase if it was given one.</source>
        <translation>备份可以用创建它的电脑上的保险库密码短语打开；如果备份设置了单独的密码短语，也可以用该密码短语打开。</translation>
    </message>
    <message>
        <source>Cases in the backup</source>
        <translation>备份中的病例</translation>
    </message>
    <message>
        <source>&amp;Check backup</source>
        <translation>检查备份(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>%v / %m 条记录</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>SkinGPT backups (*.skgbackup);;All files (*)</source>
        <translation>SkinGPT 备份 (*.skgbackup);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking every record of the backup…</source>
        <translation>正在检查备份中的每条记录…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was written.</source>
        <translation>检查已停止。未写入任何内容。</translation>
    </message>
    <message>
        <source>The backup is intact. Restore adds what is listed.</source>
        <translation>备份完好。恢复将添加下列内容。</translation>
    </message>
    <message>
        <source>Everything in this backup is already in the vault: restoring it would add nothing.</source>
        <translation>此备份中的所有内容都已在保险库中：恢复不会添加任何内容。</translation>
    </message>
    <message>
        <source>the whole vault</source>
        <translation>整个保险库</translation>
    </message>
    <message>
        <source>one case</source>
        <translation>单个病例</translation>
    </message>
    <message>
        <source>A backup of {scope}, made {date}.</source>
        <translation>{scope}的备份，创建于 {date}。</translation>
    </message>
    <message>
        <source>To be added: cases {case}, patients {patient}, photos {photo}, reports {report}.</source>
        <translation>将添加：病例 {case}，患者 {patient}，照片 {photo}，报告 {report}。</translation>
    </message>
    <message>
        <source>{case} (already in this vault: kept as it is)</source>
        <translation>{case}（已在此保险库中：保持不变）</translation>
    </message>
    <message numerus="yes">
        <source>Records of the backup already in this vault, which will be kept as they are: %n.</source>
        <translation>
            <numerusform>备份中已在此保险库中的记录（将保持不变）：%n。</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>{title} · no patient</source>
        <translation>{title} · 无患者</translation>
    </message>
    <message>
        <source>unnamed patient</source>
        <translation>未命名患者</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>未知日期</translation>
    </message>
    <message>
        <source>Restoring… every record is checked again as it is added.</source>
        <translation>正在恢复… 添加每条记录时都会再次检查。</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was added to the vault.</source>
        <translation>恢复已取消，未向保险库添加任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Records restored from the backup: %n.</source>
        <translation>
            <numerusform>从备份恢复的记录数：%n。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records already in the vault, kept as they were: %n.</source>
        <translation>
            <numerusform>已在保险库中、保持不变的记录数：%n。</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Nothing was written.</source>
        <translation>此密码短语无法打开该备份。未写入任何内容。</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>意外错误（{type}）</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}.</source>
        <translation>未恢复任何内容：{reason}。</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}. Nothing was written.</source>
        <translation>无法恢复此文件：{reason}。未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>SaveCaseDialog</name>
    <message>
        <source>Save case</source>
        <translation>保存病例</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>编辑病例</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>患者(&amp;P)：</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>病例标题</translation>
    </message>
    <message>
        <source>&amp;Body site:</source>
        <translation>身体部位(&amp;B)：</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>身体部位</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>起病时间(&amp;O)：</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>起病时间</translation>
    </message>
    <message>
        <source>&amp;Symptoms:</source>
        <translation>症状(&amp;S)：</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>病例状态</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>Same s&amp;pot as:</source>
        <translation>同一部位(&amp;P)：</translation>
    </message>
    <message>
        <source>Earlier visit of this spot</source>
        <translation>此部位较早的就诊</translation>
    </message>
    <message>
        <source>C&amp;hange since then:</source>
        <translation>此后的变化(&amp;H)：</translation>
    </message>
    <message>
        <source>What changed since the earlier visit</source>
        <translation>自上次就诊以来有什么变化</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>新建患者(&amp;N)…</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>新患者</translation>
    </message>
    <message>
        <source>e.g. larger, edge now irregular</source>
        <translation>例如：变大，边缘变得不规则</translation>
    </message>
    <message>
        <source>No patient (anonymous case)</source>
        <translation>无患者（匿名病例）</translation>
    </message>
    <message>
        <source>{patient} (new)</source>
        <translation>{patient}（新）</translation>
    </message>
    <message>
        <source>(age {age})</source>
        <translation>（{age} 岁）</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Allergies:</source>
        <translation>过敏：</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>未命名病例</translation>
    </message>
    <message>
        <source>Onset: {onset}</source>
        <translation>起病时间：{onset}</translation>
    </message>
    <message>
        <source>Symptoms: {symptoms}</source>
        <translation>症状：{symptoms}</translation>
    </message>
    <message>
        <source>Follow-up of {visit}</source>
        <translation>{visit} 的复诊</translation>
    </message>
    <message>
        <source>Change: {note}</source>
        <translation>变化：{note}</translation>
    </message>
    <message>
        <source>e.g. left forearm</source>
        <translation>例如：左前臂</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>计划随访</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已转诊</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>A new spot (no earlier visit)</source>
        <translation>新部位（无较早就诊）</translation>
    </message>
    <message>
        <source>Link this visit to an earlier one of the same lesion to compare the photos side by side</source>
        <translation>将此次就诊与同一皮损的较早就诊关联，以便并排比较照片</translation>
    </message>
    <message>
        <source>e.g. three weeks ago</source>
        <translation>例如：三周前</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>the vault is locked; unlock it with your passphrase</source>
        <translation>保险库已锁定；请用您的密码短语解锁</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A number from {low} to {high} fits here; the largest, {high}, is set.</source>
        <translation>此处可填 {low} 到 {high} 之间的数字；已设为最大值 {high}。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
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
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
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
        <source>&amp;Vision model runs on:</source>
        <translation>视觉模型运行方式(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Speculative decoding:</source>
        <translation>推测解码(&amp;S)：</translation>
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
        <source>Automatic (ggml if it works here, else numpy)</source>
        <translation>自动（在本机可用时用 ggml，否则用 numpy）</translation>
    </message>
    <message>
        <source>ggml (least memory; on the GPU with GPU layers; on a CPU it can be slower than numpy)</source>
        <translation>ggml（内存最少；设置 GPU 层时在 GPU 上运行；在 CPU 上可能比 numpy 慢）</translation>
    </message>
    <message>
        <source>numpy (the exact reference; most memory)</source>
        <translation>numpy（精确的参考实现；内存最多）</translation>
    </message>
    <message>
        <source>Automatic measures it once when a pack is first loaded with these settings (three short answers) and remembers the result.</source>
        <translation>自动模式会在首次以这些设置加载模型包时测量一次（三个简短回答），并记住结果。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Measured with the loaded pack on this computer: {plain:.1f} words per second without it, {draft:.1f} with it ({gain:.2f}x), so automatic keeps it {verdict}.</source>
        <translation>用已加载的模型包在这台电脑上测得：不用时每秒 {plain:.1f} 个词，使用时 {draft:.1f} 个（{gain:.2f}x），因此自动模式将其{verdict}。</translation>
    </message>
    <message>
        <source>The pack&apos;s draft model, or words already in the conversation, propose the next words and the model checks them; the answers stay the model&apos;s own. It pays only where checking several words costs about as much as writing one (a GPU, fast memory): on the 2-core test machine answers came at 0.52-0.97x the speed without it.</source>
        <translation>模型包的草稿模型或对话中已有的词会提出后续的词，由模型进行核对；回答仍然完全出自模型本身。只有在核对多个词的代价与生成一个词相当时（GPU、快速内存）才划算：在 2 核测试机上，开启后的回答速度为关闭时的 0.52-0.97 倍。</translation>
    </message>
    <message>
        <source>Vision model runs on</source>
        <translation>视觉模型运行方式</translation>
    </message>
    <message>
        <source>Automatic: only if it measures faster on this computer</source>
        <translation>自动：仅当在这台电脑上测得更快时</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>始终开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Speculative decoding</source>
        <translation>推测解码</translation>
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
        <translation>无患者的病例</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>intersex</source>
        <translation>间性</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>photos: {count}</source>
        <translation>照片：{count}</translation>
    </message>
    <message>
        <source>Damaged case (cannot be read)</source>
        <translation>已损坏的病例（无法读取）</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>未命名病例</translation>
    </message>
    <message>
        <source>Unnamed patient</source>
        <translation>未命名患者</translation>
    </message>
    <message>
        <source>no. {number}</source>
        <translation>编号 {number}</translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation>{year} 年出生</translation>
    </message>
    <message>
        <source>type {type}</source>
        <translation>{type} 型</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Allergies: {allergies}</source>
        <translation>过敏史：{allergies}</translation>
    </message>
    <message>
        <source>Follow-up of {visit}</source>
        <translation>{visit} 的复诊</translation>
    </message>
    <message>
        <source>Patients and cases</source>
        <translation>患者和病例</translation>
    </message>
    <message>
        <source>Search cases…</source>
        <translation>搜索病例…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜索病例</translation>
    </message>
    <message>
        <source>This spot&apos;s visits side by side</source>
        <translation>并排查看此部位的就诊</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新建病例(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation>新建患者(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Compare &amp;visits…</source>
        <translation>比较就诊(&amp;V)…</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>删除病例</translation>
    </message>
    <message>
        <source>Delete the case “{case}” with its photos and conversations? This cannot be undone.</source>
        <translation>要删除病例“{case}”及其照片和对话吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation>删除患者</translation>
    </message>
    <message>
        <source>Delete this patient? Their cases can be deleted too, or kept without a patient. This cannot be undone.</source>
        <translation>要删除此患者吗？其病例可以一并删除，也可以保留为无患者的病例。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete patient and cases</source>
        <translation>删除患者及其病例</translation>
    </message>
    <message>
        <source>Delete patient, keep cases</source>
        <translation>删除患者，保留病例</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>VaultSalvage</name>
    <message>
        <source>Choose an empty folder for the salvaged vault</source>
        <translation>为抢救出的保险库选择一个空文件夹</translation>
    </message>
    <message>
        <source>Salvage a damaged vault</source>
        <translation>抢救损坏的保险库</translation>
    </message>
    <message>
        <source>Vault passphrase:</source>
        <translation>保险库密码短语：</translation>
    </message>
    <message>
        <source>The vault could not be salvaged ({type}).</source>
        <translation>无法抢救保险库（{type}）。</translation>
    </message>
    <message>
        <source>Copied {count} records into {folder}. Start SkinGPT Desktop with --data-dir &quot;{folder}&quot; to open them; the damaged file was not changed.</source>
        <translation>已将 {count} 条记录复制到 {folder}。使用 --data-dir &quot;{folder}&quot; 启动 SkinGPT Desktop 即可打开；损坏的文件未被改动。</translation>
    </message>
    <message>
        <source>{count} records could not be read and were left behind.</source>
        <translation>有 {count} 条记录无法读取，未能复制。</translation>
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
