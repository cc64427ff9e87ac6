<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Fazer backup do cofre</translation>
    </message>
    <message>
        <source>The backup is one encrypted file with every patient, case, photo, conversation and report of this vault. Keep it away from this computer: to use a USB drive, choose a folder on it.</source>
        <translation>O backup é um único arquivo criptografado com todos os pacientes, casos, fotos, conversas e relatórios deste cofre. Guarde-o longe deste computador: para usar um pendrive, escolha uma pasta nele.</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Salvar em:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Arquivo de backup</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Escol&amp;her…</translation>
    </message>
    <message>
        <source>Choose the folder and the name of the backup file</source>
        <translation>Escolha a pasta e o nome do arquivo de backup</translation>
    </message>
    <message>
        <source>&amp;Vault passphrase:</source>
        <translation>&amp;Frase-senha do cofre:</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Frase-senha do cofre</translation>
    </message>
    <message>
        <source>&amp;Use a separate backup passphrase</source>
        <translation>&amp;Usar uma frase-senha própria para o backup</translation>
    </message>
    <message>
        <source>Without it the backup opens with the vault passphrase.</source>
        <translation>Sem ela, o backup abre com a frase-senha do cofre.</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>Frase-senha do &amp;backup:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase-senha do backup</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repita:</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Frase-senha do backup novamente</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>Fazer &amp;backup</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>%v de %m registros</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Back up the vault to</source>
        <translation>Fazer backup do cofre em</translation>
    </message>
    <message>
        <source>SkinGPT backups (*.skgbackup)</source>
        <translation>Backups do SkinGPT (*.skgbackup)</translation>
    </message>
    <message>
        <source>A file named {name} is already there. Type another name, or pick it with Choose… to replace it.</source>
        <translation>Já existe um arquivo chamado {name}. Digite outro nome ou selecione-o com Escolher… para substituí-lo.</translation>
    </message>
    <message>
        <source>Checking the vault passphrase, then writing the backup…</source>
        <translation>Verificando a frase-senha do cofre e, em seguida, gravando o backup…</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>O backup foi cancelado; nenhum arquivo foi gravado.</translation>
    </message>
    <message numerus="yes">
        <source>Records backed up to {file}: %n.</source>
        <translation>
            <numerusform>Registros copiados para {file}: %n.</numerusform>
            <numerusform>Registros copiados para {file}: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damaged records left out (they could not be read): %n.</source>
        <translation>
            <numerusform>Registros danificados deixados de fora (não puderam ser lidos): %n.</numerusform>
            <numerusform>Registros danificados deixados de fora (não puderam ser lidos): %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase. No backup was written.</source>
        <translation>Esta não é a frase-senha do cofre. Nenhum backup foi gravado.</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>um erro inesperado ({type})</translation>
    </message>
    <message>
        <source>No backup was written: {reason}.</source>
        <translation>Nenhum backup foi gravado: {reason}.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>The camera cannot be used: Qt Multimedia is not available on this computer ({reason}). You can still take the photo with a phone or another camera app and add it with Add photo, drag and drop, or Paste.</source>
        <translation>Não é possível usar a câmera: o Qt Multimedia não está disponível neste computador ({reason}). Você ainda pode tirar a foto com um celular ou outro aplicativo de câmera e adicioná-la com Adicionar foto, arrastando e soltando, ou com Colar.</translation>
    </message>
    <message>
        <source>No camera was found. Connect a camera (or allow camera access for this app in your system&apos;s privacy settings) and press Look again. You can also take the photo with a phone and add it with Add photo, drag and drop, or Paste.</source>
        <translation>Nenhuma câmera foi encontrada. Conecte uma câmera (ou permita o acesso à câmera para este aplicativo nas configurações de privacidade do sistema) e clique em Procurar novamente. Você também pode tirar a foto com um celular e adicioná-la com Adicionar foto, arrastando e soltando, ou com Colar.</translation>
    </message>
    <message>
        <source>Hold the camera 10-20 cm from the skin, in even light.</source>
        <translation>Segure a câmera a 10-20 cm da pele, com luz uniforme.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Tirar uma foto</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>The camera cannot be used</source>
        <translation>Não é possível usar a câmera</translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation>Status da câmera</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Procurar novamente</translation>
    </message>
    <message>
        <source>Look for cameras again</source>
        <translation>Procurar câmeras novamente</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>&amp;Tirar foto</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Tirar foto</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Câmera:</translation>
    </message>
    <message>
        <source>Camera device</source>
        <translation>Dispositivo de câmera</translation>
    </message>
    <message>
        <source>Live camera preview</source>
        <translation>Imagem ao vivo da câmera</translation>
    </message>
    <message>
        <source>The camera is not ready yet; try again in a moment.</source>
        <translation>A câmera ainda não está pronta; tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The camera reported a problem: {error}. Choose another camera or close other apps that use it.</source>
        <translation>A câmera informou um problema: {error}. Escolha outra câmera ou feche outros aplicativos que a estejam usando.</translation>
    </message>
    <message>
        <source>The photo could not be taken: {error}</source>
        <translation>Não foi possível tirar a foto: {error}</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>This model needs about {need} of memory but this computer has {have}. It may be very slow or fail to load: choose a smaller quantization of the same model (for example Q4_K_M instead of Q8_0), or offload layers to a GPU in Settings.</source>
        <translation>Este modelo precisa de cerca de {need} de memória, mas este computador tem {have}. Ele pode ficar muito lento ou não carregar: escolha uma quantização menor do mesmo modelo (por exemplo, Q4_K_M em vez de Q8_0) ou transfira camadas para uma GPU em Configurações.</translation>
    </message>
    <message>
        <source>A language model with its vision projector (two GGUF files), downloaded from huggingface.co/{repo} and installed as a model pack.</source>
        <translation>Um modelo de linguagem com seu projetor de visão (dois arquivos GGUF), baixado de huggingface.co/{repo} e instalado como pacote de modelo.</translation>
    </message>
    <message>
        <source>A model pack you build on your own computer from the original weights.</source>
        <translation>Um pacote de modelo que você cria no seu próprio computador a partir dos pesos originais.</translation>
    </message>
    <message>
        <source>This license must be accepted before first use: the app asks you before it downloads anything.</source>
        <translation>Esta licença precisa ser aceita antes do primeiro uso: o aplicativo pergunta a você antes de baixar qualquer coisa.</translation>
    </message>
    <message>
        <source>This license must be accepted before first use.</source>
        <translation>Esta licença precisa ser aceita antes do primeiro uso.</translation>
    </message>
    <message>
        <source>It fits in this computer’s memory.</source>
        <translation>Cabe na memória deste computador.</translation>
    </message>
    <message>
        <source>about {photo} s per photo, {words} words per second (estimated from a short measurement)</source>
        <translation>cerca de {photo} s por foto, {words} palavras por segundo (estimativa a partir de uma medição rápida)</translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>Neste computador:</translation>
    </message>
    <message>
        <source>Recommended for this computer</source>
        <translation>Recomendado para este computador</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>cerca de {size}</translation>
    </message>
    <message>
        <source>This model is installed: see Installed packs.</source>
        <translation>Este modelo está instalado: veja Pacotes instalados.</translation>
    </message>
    <message>
        <source>Of this model&apos;s versions, this is the largest that fits this computer&apos;s memory.</source>
        <translation>Das versões deste modelo, esta é a maior que cabe na memória deste computador.</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>O que é:</translation>
    </message>
    <message>
        <source>Good at:</source>
        <translation>Pontos fortes:</translation>
    </message>
    <message>
        <source>Download size:</source>
        <translation>Tamanho do download:</translation>
    </message>
    <message>
        <source>This pack cannot be downloaded ready-made: build it on your computer by following the guide {guide} in the app&apos;s documentation, then use Import from folder.</source>
        <translation>Este pacote não pode ser baixado pronto: crie-o no seu computador seguindo o guia {guide} da documentação do aplicativo e depois use Importar de uma pasta.</translation>
    </message>
    <message>
        <source>Model catalogue</source>
        <translation>Catálogo de modelos</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Item do catálogo</translation>
    </message>
    <message>
        <source>Download and i&amp;nstall</source>
        <translation>Baixar e i&amp;nstalar</translation>
    </message>
    <message>
        <source>{name} (installed)</source>
        <translation>{name} (instalado)</translation>
    </message>
    <message>
        <source>The catalogue has no entries.</source>
        <translation>O catálogo não tem itens.</translation>
    </message>
    <message>
        <source>A pack named &apos;{name}&apos; is already installed; remove it first to install it again.</source>
        <translation>Já existe um pacote chamado &apos;{name}&apos; instalado; remova-o primeiro para instalá-lo de novo.</translation>
    </message>
    <message>
        <source>{name} cannot be downloaded ready-made.</source>
        <translation>{name} não pode ser baixado pronto.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the vault passphrase</source>
        <translation>Alterar a frase-senha do cofre</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase-senha &amp;atual:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase-senha atual</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nova frase-senha:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase-senha</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;Repita a nova:</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nova frase-senha novamente</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>A&amp;lterar</translation>
    </message>
    <message>
        <source>Also re-&amp;encrypt every record under a new key (when the old passphrase may be known to someone; takes longer)</source>
        <translation>Também re&amp;criptografar cada registro com uma nova chave (se a frase-senha antiga puder ser conhecida por alguém; demora mais)</translation>
    </message>
    <message>
        <source>This vault has a recovery key: it keeps working after the change.</source>
        <translation>Este cofre tem uma chave de recuperação: ela continua valendo depois da alteração.</translation>
    </message>
    <message>
        <source>This vault has no recovery key: if the new passphrase is lost, nobody can open the vault.</source>
        <translation>Este cofre não tem chave de recuperação: se a nova frase-senha for perdida, ninguém poderá abri-lo.</translation>
    </message>
    <message>
        <source>Changing the passphrase… (deriving the key takes a moment on purpose)</source>
        <translation>Alterando a frase-senha… (gerar a chave demora um pouco de propósito)</translation>
    </message>
    <message>
        <source>Re-encrypting the records… {done} of {total}</source>
        <translation>Recriptografando os registros… {done} de {total}</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s current passphrase. Nothing was changed.</source>
        <translation>Essa não é a frase-senha atual do cofre. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: {reason}</source>
        <translation>A frase-senha não foi alterada: {reason}</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nova chave de recuperação</translation>
    </message>
    <message>
        <source>The old recovery key no longer works. The new one is:

{key}

Write it down now and keep it safe: it is shown only this once.</source>
        <translation>A chave de recuperação antiga não funciona mais. A nova é:

{key}

Anote-a agora e guarde-a em local seguro: ela só é mostrada desta vez.</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Looking at the photo…</source>
        <translation>Analisando a foto…</translation>
    </message>
    <message>
        <source>Writing the answer… (Esc stops it)</source>
        <translation>Escrevendo a resposta… (Esc interrompe)</translation>
    </message>
    <message>
        <source>1 token in {seconds} s ({rate} tokens/s)</source>
        <translation>1 token em {seconds} s ({rate} tokens/s)</translation>
    </message>
    <message>
        <source>{tokens} tokens in {seconds} s ({rate} tokens/s)</source>
        <translation>{tokens} tokens em {seconds} s ({rate} tokens/s)</translation>
    </message>
    <message>
        <source>(speculative decoding: {percent} % of the proposed tokens kept)</source>
        <translation>(decodificação especulativa: {percent} % dos tokens propostos mantidos)</translation>
    </message>
    <message>
        <source>Stopped. {speed}</source>
        <translation>Interrompida. {speed}</translation>
    </message>
    <message>
        <source>Largest pause of the window while answering: {ms} ms</source>
        <translation>Maior pausa da janela durante a resposta: {ms} ms</translation>
    </message>
    <message>
        <source>The answer could not be generated ({type}).</source>
        <translation>Não foi possível gerar a resposta ({type}).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompida.</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Model output, not a diagnosis</source>
        <translation>Resposta do modelo, não um diagnóstico</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>Not a diagnosis.</source>
        <translation>Não é um diagnóstico.</translation>
    </message>
    <message>
        <source>Read the full disclaimer</source>
        <translation>Ler o aviso completo</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Aviso médico</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>Status da conversa</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Dados do caso</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Generation status</source>
        <translation>Status da geração</translation>
    </message>
    <message>
        <source>Ask: {prompt} (Ctrl+{number})</source>
        <translation>Perguntar: {prompt} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Ask clinical question {number}</source>
        <translation>Fazer a pergunta clínica {number}</translation>
    </message>
    <message>
        <source>Ask &amp;all four</source>
        <translation>Perguntar as &amp;quatro</translation>
    </message>
    <message>
        <source>Ask the four clinical questions in order (Ctrl+Shift+A)</source>
        <translation>Fazer as quatro perguntas clínicas em sequência (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Ask all four clinical questions</source>
        <translation>Fazer as quatro perguntas clínicas</translation>
    </message>
    <message>
        <source>Ask about the selected photo…</source>
        <translation>Pergunte sobre a foto selecionada…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>As&amp;k</source>
        <translation>P&amp;erguntar</translation>
    </message>
    <message>
        <source>Ask question</source>
        <translation>Fazer a pergunta</translation>
    </message>
    <message>
        <source>Ask the question (Enter)</source>
        <translation>Fazer a pergunta (Enter)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Interromper a resposta</translation>
    </message>
    <message>
        <source>Stop the answer being written (Esc)</source>
        <translation>Interromper a resposta em andamento (Esc)</translation>
    </message>
    <message>
        <source>Add a photo, then ask a question or use one of the clinical prompts below. Answers are written by the model pack shown above each answer.</source>
        <translation>Adicione uma foto e, em seguida, faça uma pergunta ou use uma das perguntas clínicas abaixo. As respostas são escritas pelo pacote de modelo indicado acima de cada resposta.</translation>
    </message>
    <message>
        <source>About photo {number} ({view})</source>
        <translation>Sobre a foto {number} ({view})</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Você:</translation>
    </message>
    <message>
        <source>pack: {pack}</source>
        <translation>pacote: {pack}</translation>
    </message>
    <message>
        <source>unknown pack</source>
        <translation>pacote desconhecido</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>Evaluate a pack</source>
        <translation>Avaliar um pacote</translation>
    </message>
    <message>
        <source>Measure how often each pack names the label of your own labelled photos. The results stay where you choose: encrypted in the vault, or in a folder; nothing leaves this computer.</source>
        <translation>Meça com que frequência cada pacote nomeia o rótulo das suas próprias fotos rotuladas. Os resultados ficam onde você escolher: criptografados no cofre ou em uma pasta; nada sai deste computador.</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Conjunto de dados:</translation>
    </message>
    <message>
        <source>A folder of class folders, or a CSV or JSON list</source>
        <translation>Uma pasta com pastas por classe, ou uma lista CSV ou JSON</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>Pa&amp;sta…</translation>
    </message>
    <message>
        <source>&amp;List…</source>
        <translation>&amp;Lista…</translation>
    </message>
    <message>
        <source>&amp;Packs:</source>
        <translation>&amp;Pacotes:</translation>
    </message>
    <message>
        <source>Packs to evaluate</source>
        <translation>Pacotes a avaliar</translation>
    </message>
    <message>
        <source>&amp;Runs per photo:</source>
        <translation>E&amp;xecuções por foto:</translation>
    </message>
    <message>
        <source>One greedy answer gives the accuracy; more runs, sampled, measure consistency.</source>
        <translation>Uma resposta gulosa dá a acurácia; mais execuções, amostradas, medem a consistência.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Se&amp;mente:</translation>
    </message>
    <message>
        <source>&amp;Keep the results:</source>
        <translation>&amp;Guardar os resultados:</translation>
    </message>
    <message>
        <source>Encrypted in the vault</source>
        <translation>Criptografados no cofre</translation>
    </message>
    <message>
        <source>In a folder</source>
        <translation>Em uma pasta</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Pasta de sa&amp;ída:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Pasta de saída</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Escol&amp;her…</translation>
    </message>
    <message>
        <source>In the &amp;vault:</source>
        <translation>No &amp;cofre:</translation>
    </message>
    <message>
        <source>Evaluations kept in the vault</source>
        <translation>Avaliações guardadas no cofre</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show a finished evaluation; a stopped one fills in its settings, for Resume</source>
        <translation>Mostra uma avaliação concluída; uma interrompida preenche suas configurações, para Retomar</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nenhuma ainda)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>concluída</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n answers</source>
        <translation>
            <numerusform>interrompida após %n resposta</numerusform>
            <numerusform>interrompida após %n respostas</numerusform>
        </translation>
    </message>
    <message>
        <source>Its settings are filled in: press Resume to continue it.</source>
        <translation>Suas configurações foram preenchidas: pressione Retomar para continuá-la.</translation>
    </message>
    <message>
        <source>Delete evaluation</source>
        <translation>Excluir avaliação</translation>
    </message>
    <message>
        <source>Delete this evaluation and all its answers from the vault? This cannot be undone.</source>
        <translation>Excluir esta avaliação e todas as suas respostas do cofre? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>The evaluation was deleted.</source>
        <translation>A avaliação foi excluída.</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Pasta para o relatório</translation>
    </message>
    <message>
        <source>The report, results.json and cases.csv are in {out}.</source>
        <translation>O relatório, results.json e cases.csv estão em {out}.</translation>
    </message>
    <message>
        <source>No program opened {page}; open it from its folder.</source>
        <translation>Nenhum programa abriu {page}; abra-o a partir da pasta dele.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;tomar</translation>
    </message>
    <message>
        <source>Continue a stopped evaluation: the one in the output folder, or in the vault the one of the same dataset, packs, runs and seed</source>
        <translation>Continuar uma avaliação interrompida: a da pasta de saída ou, no cofre, a do mesmo conjunto de dados, pacotes, execuções e semente</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Salvar o &amp;relatório…</translation>
    </message>
    <message>
        <source>Write report.html, report.pdf, results.json and cases.csv into a folder you choose</source>
        <translation>Gravar report.html, report.pdf, results.json e cases.csv em uma pasta que você escolher</translation>
    </message>
    <message>
        <source>Open report.html, with the plots; report.pdf is beside it</source>
        <translation>Abrir report.html, com os gráficos; report.pdf fica ao lado</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Abrir no &amp;navegador</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Dataset: a folder of class folders</source>
        <translation>Conjunto de dados: uma pasta com pastas por classe</translation>
    </message>
    <message>
        <source>Dataset: a list of photos</source>
        <translation>Conjunto de dados: uma lista de fotos</translation>
    </message>
    <message>
        <source>Case lists (*.csv *.json)</source>
        <translation>Listas de casos (*.csv *.json)</translation>
    </message>
    <message>
        <source>Folder for the results</source>
        <translation>Pasta para os resultados</translation>
    </message>
    <message>
        <source>The output folder already holds an evaluation: press Resume to continue it, or choose another folder.</source>
        <translation>A pasta de saída já contém uma avaliação: clique em Retomar para continuá-la, ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>Loading the dataset and the first pack…</source>
        <translation>Carregando o conjunto de dados e o primeiro pacote…</translation>
    </message>
    <message>
        <source>{pack} (pack {index} of {count}): {done} of {total} answers</source>
        <translation>{pack} (pacote {index} de {count}): {done} de {total} respostas</translation>
    </message>
    <message>
        <source>{progress}, about {time} left</source>
        <translation>{progress}, faltam cerca de {time}</translation>
    </message>
    <message>
        <source>Done. The report, results.json and cases.csv are in {out}.</source>
        <translation>Concluído. O relatório, results.json e cases.csv estão em {out}.</translation>
    </message>
    <message>
        <source>Done. The results are kept encrypted in the vault; Save report… writes them into a folder.</source>
        <translation>Pronto. Os resultados ficam guardados criptografados no cofre; Salvar o relatório… os grava em uma pasta.</translation>
    </message>
    <message>
        <source>Stopped. The answers so far are kept: press Resume to continue.</source>
        <translation>Parado. As respostas obtidas foram mantidas: clique em Retomar para continuar.</translation>
    </message>
    <message>
        <source>{pack} needs its license accepted first: load it once from Model packs to read and accept it.</source>
        <translation>Primeiro é preciso aceitar a licença de {pack}: carregue-o uma vez em Pacotes de modelo para lê-la e aceitá-la.</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>um erro inesperado ({type})</translation>
    </message>
    <message>
        <source>The evaluation stopped: {reason}.</source>
        <translation>A avaliação parou: {reason}.</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>Pack evaluation on your own cases</source>
        <translation>Avaliação de pacotes nos seus próprios casos</translation>
    </message>
    <message>
        <source>This measures how often each pack&apos;s description names the labelled condition on these photos. It is not a clinical validation: the numbers hold for these cases and labels only.</source>
        <translation>Isto mede com que frequência a descrição de cada pacote nomeia a condição rotulada nestas fotos. Não é uma validação clínica: os números valem apenas para estes casos e rótulos.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Top-1 accuracy</source>
        <translation>Acurácia top-1</translation>
    </message>
    <message>
        <source>Top-3 accuracy</source>
        <translation>Acurácia top-3</translation>
    </message>
    <message>
        <source>Consistency across runs</source>
        <translation>Consistência entre execuções</translation>
    </message>
    <message>
        <source>n/a (one run)</source>
        <translation>n/d (uma execução)</translation>
    </message>
    <message>
        <source>Worst skin-type group (top-1)</source>
        <translation>Grupo de fototipo com pior resultado (top-1)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>{group}: {value} % ({gap} points below the best)</source>
        <translation>{group}: {value} % ({gap} pontos abaixo do melhor)</translation>
    </message>
    <message>
        <source>{value} % (95 % CI {low}-{high}, n = {n})</source>
        <translation>{value} % (IC 95 % {low}-{high}, n = {n})</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>McNemar: {b} cases right only with the first, {c} only with the second; p = {p}</source>
        <translation>McNemar: {b} casos certos só com o primeiro, {c} só com o segundo; p = {p}</translation>
    </message>
    <message>
        <source>Rows not used ({count})</source>
        <translation>Linhas não usadas ({count})</translation>
    </message>
    <message>
        <source>No plots: this installation has no matplotlib (the installed app leaves it out); run the evaluation from a source install for them. The figures above are complete.</source>
        <translation>Sem gráficos: esta instalação não tem matplotlib (o aplicativo instalado não o inclui); execute a avaliação a partir de uma instalação do código-fonte para obtê-los. Os números acima estão completos.</translation>
    </message>
    <message>
        <source>{pack}: confusion matrix</source>
        <translation>{pack}: matriz de confusão</translation>
    </message>
    <message>
        <source>answer (first run, top 1)</source>
        <translation>resposta (primeira execução, top 1)</translation>
    </message>
    <message>
        <source>label</source>
        <translation>rótulo</translation>
    </message>
    <message>
        <source>{pack}: accuracy by skin type</source>
        <translation>{pack}: acurácia por fototipo</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Fototipo de Fitzpatrick</translation>
    </message>
    <message>
        <source>top-1 accuracy (95 % CI)</source>
        <translation>acurácia top-1 (IC 95 %)</translation>
    </message>
    <message>
        <source>SkinGPT Desktop {version} · pack evaluation · page {page} of {pages}</source>
        <translation>SkinGPT Desktop {version} · avaliação de pacotes · página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to SkinGPT Desktop</source>
        <translation>Bem-vindo ao SkinGPT Desktop</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Idioma do aplicativo</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Aviso médico</translation>
    </message>
    <message>
        <source>I have read and understood: SkinGPT Desktop gives information, &amp;not a diagnosis.</source>
        <translation>Li e entendi: o SkinGPT Desktop fornece informações, &amp;não um diagnóstico.</translation>
    </message>
    <message>
        <source>Accept the medical disclaimer</source>
        <translation>Aceitar o aviso médico</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Create your encrypted vault&lt;/h3&gt;&lt;p&gt;Photos, patients and conversations are stored only on this computer, encrypted with a key made from your passphrase. Choose a passphrase of several random words.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crie seu cofre criptografado&lt;/h3&gt;&lt;p&gt;Fotos, pacientes e conversas ficam armazenados apenas neste computador, criptografados com uma chave gerada a partir da sua frase-senha. Escolha uma frase-senha com várias palavras aleatórias.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase-senha</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita a frase-senha</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Força:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Força da frase-senha</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Dicas sobre a frase-senha</translation>
    </message>
    <message>
        <source>Also create a &amp;recovery key (recommended)</source>
        <translation>Criar também uma chave de r&amp;ecuperação (recomendado)</translation>
    </message>
    <message>
        <source>Without the passphrase or the recovery key the data in this vault cannot be recovered by anyone, including the makers of SkinGPT Desktop.</source>
        <translation>Sem a frase-senha ou a chave de recuperação, ninguém poderá recuperar os dados deste cofre, nem mesmo os criadores do SkinGPT Desktop.</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>Status do cofre</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Criar cofre</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your recovery key&lt;/h3&gt;&lt;p&gt;This key opens the vault if you forget the passphrase. It is shown &lt;b&gt;only now&lt;/b&gt;: write it down or print it and keep it somewhere safe, away from this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sua chave de recuperação&lt;/h3&gt;&lt;p&gt;Esta chave abre o cofre se você esquecer a frase-senha. Ela é exibida &lt;b&gt;somente agora&lt;/b&gt;: anote-a ou imprima-a e guarde-a em um lugar seguro, longe deste computador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Salvar em um arquivo…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down or stored it safely</source>
        <translation>&amp;Anotei a chave de recuperação ou a guardei em um lugar seguro</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Choose a model pack&lt;/h3&gt;&lt;p&gt;A model pack holds the SkinGPT-4 model converted for this app. Import one from a folder or USB drive, or download one. You can also do this later from the Model menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Escolha um pacote de modelo&lt;/h3&gt;&lt;p&gt;Um pacote de modelo contém o modelo SkinGPT-4 convertido para este aplicativo. Importe um de uma pasta ou de um pen drive, ou baixe um. Você também pode fazer isso depois, pelo menu Modelo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Installed model packs</source>
        <translation>Pacotes de modelo instalados</translation>
    </message>
    <message>
        <source>&amp;Install or manage packs…</source>
        <translation>&amp;Instalar ou gerenciar pacotes…</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>Creating your encrypted vault… (deriving the key takes a moment on purpose)</source>
        <translation>Criando seu cofre criptografado… (gerar a chave leva um momento, de propósito)</translation>
    </message>
    <message>
        <source>The vault could not be created: {reason}</source>
        <translation>Não foi possível criar o cofre: {reason}</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Salvar a chave de recuperação</translation>
    </message>
    <message>
        <source>SkinGPT recovery key.txt</source>
        <comment>file name</comment>
        <translation>Chave de recuperação do SkinGPT.txt</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <comment>file type filter: keep (*.txt)</comment>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>The recovery key was not saved: {reason}</source>
        <translation>A chave de recuperação não foi salva: {reason}</translation>
    </message>
    <message>
        <source>Saved to {file}. Move it off this computer (a USB stick, a printout) and keep it safe.</source>
        <translation>Salva em {file}. Tire-a deste computador (um pen drive, uma cópia impressa) e guarde-a em lugar seguro.</translation>
    </message>
    <message>
        <source>The recovery key was sent to the printer.</source>
        <translation>A chave de recuperação foi enviada para a impressora.</translation>
    </message>
    <message>
        <source>Looking for model packs…</source>
        <translation>Procurando pacotes de modelo…</translation>
    </message>
    <message>
        <source>No model pack installed yet.</source>
        <translation>Nenhum pacote de modelo instalado ainda.</translation>
    </message>
    <message>
        <source>The installed packs could not be listed ({type}).</source>
        <translation>Não foi possível listar os pacotes instalados ({type}).</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Quit SkinGPT Desktop?</source>
        <translation>Sair do SkinGPT Desktop?</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Compare visits of this spot</source>
        <translation>Comparar visitas deste local</translation>
    </message>
    <message>
        <source>&amp;Change since the earlier visit:</source>
        <translation>&amp;Mudança desde a visita anterior:</translation>
    </message>
    <message>
        <source>e.g. larger, edge now irregular</source>
        <translation>ex.: maior, borda agora irregular</translation>
    </message>
    <message>
        <source>Change since the earlier visit</source>
        <translation>Mudança desde a visita anterior</translation>
    </message>
    <message>
        <source>Sa&amp;ve note</source>
        <translation>Salvar &amp;nota</translation>
    </message>
    <message>
        <source>Question about both photos</source>
        <translation>Pergunta sobre as duas fotos</translation>
    </message>
    <message>
        <source>&amp;Ask about both photos</source>
        <translation>&amp;Perguntar sobre as duas fotos</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <source>Earlier visit</source>
        <translation>Visita anterior</translation>
    </message>
    <message>
        <source>Later visit</source>
        <translation>Visita posterior</translation>
    </message>
    <message>
        <source>Loading the visits…</source>
        <translation>Carregando as visitas…</translation>
    </message>
    <message>
        <source>This visit is not linked to another one yet: edit a later case and choose this one under Same spot as.</source>
        <translation>Esta visita ainda não está vinculada a outra: edite um caso posterior e escolha esta em “Mesmo local que”.</translation>
    </message>
    <message>
        <source>Change noted: {note}</source>
        <translation>Mudança anotada: {note}</translation>
    </message>
    <message>
        <source>Model output, not a diagnosis</source>
        <translation>Resposta do modelo, não um diagnóstico</translation>
    </message>
    <message numerus="yes">
        <source>{earlier} → {later} · days between the visits: %n</source>
        <translation>
            <numerusform>{earlier} → {later} · dias entre as visitas: %n</numerusform>
            <numerusform>{earlier} → {later} · dias entre as visitas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The change note was saved.</source>
        <translation>A nota de mudança foi salva.</translation>
    </message>
    <message>
        <source>Both photos answered.</source>
        <translation>As duas fotos foram respondidas.</translation>
    </message>
    <message>
        <source>Asking about the photo of {date}…</source>
        <translation>Perguntando sobre a foto de {date}…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompida.</translation>
    </message>
    <message>
        <source>Load a model pack to ask about the photos</source>
        <translation>Carregue um pacote de modelo para perguntar sobre as fotos</translation>
    </message>
</context>
<context>
    <name>Installer</name>
    <message>
        <source>{name}: only packs installed in the app&apos;s packs folder can be removed here</source>
        <translation>{name}: aqui só é possível remover pacotes instalados na pasta de pacotes do aplicativo</translation>
    </message>
    <message>
        <source>{where}: pack name &apos;{name}&apos; cannot be used as a folder name</source>
        <translation>{where}: o nome de pacote &apos;{name}&apos; não pode ser usado como nome de pasta</translation>
    </message>
    <message>
        <source>{folder}: no {manifest} here; choose the pack&apos;s folder</source>
        <translation>{folder}: não há {manifest} aqui; escolha a pasta do pacote</translation>
    </message>
    <message>
        <source>a pack named &apos;{name}&apos; is already installed</source>
        <translation>já existe um pacote chamado &apos;{name}&apos; instalado</translation>
    </message>
    <message>
        <source>{file}: missing (the pack folder is incomplete)</source>
        <translation>{file}: ausente (a pasta do pacote está incompleta)</translation>
    </message>
    <message>
        <source>{file}: size is {size} bytes, the manifest says {expected}</source>
        <translation>{file}: o tamanho é de {size} bytes, mas o manifesto indica {expected}</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the manifest (damaged or altered file); nothing was installed</source>
        <translation>{file}: o SHA-256 não corresponde ao manifesto (arquivo danificado ou alterado); nada foi instalado</translation>
    </message>
    <message>
        <source>Cannot reach {host}: {reason}. This computer seems to be offline or a firewall blocks the connection. Connect to the internet and try again, or copy the pack from another computer and use Import from folder.</source>
        <translation>Não é possível acessar {host}: {reason}. Este computador parece estar sem conexão ou um firewall está bloqueando a conexão. Conecte-se à internet e tente novamente, ou copie o pacote de outro computador e use Importar de uma pasta.</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be looked up</source>
        <translation>não foi possível encontrar o nome do servidor</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>sem resposta em {seconds} s</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>a conexão foi recusada</translation>
    </message>
    <message>
        <source>{name} was not found (HTTP 404): check the repository id and that it holds a SkinGPT Desktop model pack</source>
        <translation>{name} não foi encontrado (HTTP 404): verifique o ID do repositório e se ele contém um pacote de modelo do SkinGPT Desktop</translation>
    </message>
    <message>
        <source>access to {name} was refused (HTTP {code}): the repository is private or gated; download it in a browser after accepting its terms, then import it</source>
        <translation>o acesso a {name} foi negado (HTTP {code}): o repositório é privado ou tem acesso restrito; baixe-o em um navegador depois de aceitar os termos e, em seguida, importe-o</translation>
    </message>
    <message>
        <source>the server answered HTTP {code} for {name}; try again later</source>
        <translation>o servidor respondeu HTTP {code} para {name}; tente novamente mais tarde</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a repository id (expected owner/name)</source>
        <translation>&apos;{repo}&apos; não é um ID de repositório (formato esperado: proprietário/nome)</translation>
    </message>
    <message>
        <source>{repo}: {manifest} is too large to be a pack manifest</source>
        <translation>{repo}: {manifest} é grande demais para ser um manifesto de pacote</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the pack manifest; the download was damaged or altered and has been deleted. Nothing was installed.</source>
        <translation>{file}: o SHA-256 não corresponde ao manifesto do pacote; o download estava danificado ou alterado e foi excluído. Nada foi instalado.</translation>
    </message>
    <message>
        <source>{file}: the connection was lost after {have} of {size} bytes ({error}); press Download again to resume from there</source>
        <translation>{file}: a conexão caiu após {have} de {size} bytes ({error}); clique em Baixar novamente para continuar de onde parou</translation>
    </message>
    <message>
        <source>Downloads are switched off on this computer (the HF_HUB_OFFLINE setting). Unset it to download, or copy the pack from another computer and use Import from folder.</source>
        <translation>Os downloads estão desativados neste computador (a configuração HF_HUB_OFFLINE). Remova-a para baixar, ou copie o pacote de outro computador e use Importar de uma pasta.</translation>
    </message>
    <message>
        <source>Not enough free disk space in {folder}: the download needs {need} and {free} are free. Free some space and try again.</source>
        <translation>Não há espaço livre suficiente em {folder}: o download precisa de {need} e há {free} livres. Libere espaço e tente novamente.</translation>
    </message>
    <message>
        <source>{file}: cannot write the download ({error})</source>
        <translation>{file}: não é possível gravar o download ({error})</translation>
    </message>
    <message>
        <source>{file}: Hugging Face publishes no hash for this file, so it cannot be checked; nothing was installed</source>
        <translation>{file}: o Hugging Face não publica um hash deste arquivo, então ele não pode ser verificado; nada foi instalado</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the hash Hugging Face publishes; the download was damaged or altered and has been deleted. Nothing was installed.</source>
        <translation>{file}: o SHA-256 não corresponde ao hash publicado pelo Hugging Face; o download estava danificado ou alterado e foi excluído. Nada foi instalado.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be downloaded: it is not a plain file path inside the repository</source>
        <translation>Não é possível baixar “{name}”: não é um caminho de arquivo comum dentro do repositório</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <source>Accept the license</source>
        <translation>Aceitar a licença</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>{model} is provided under its own license, which you must accept before you download and use it.</source>
        <translation>{model} é fornecido sob uma licença própria, que você precisa aceitar antes de baixá-lo e usá-lo.</translation>
    </message>
    <message>
        <source>Read the license on the model’s page before accepting.</source>
        <translation>Leia a licença na página do modelo antes de aceitar.</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>Uso previsto:</translation>
    </message>
    <message>
        <source>Known limits:</source>
        <translation>Limitações conhecidas:</translation>
    </message>
    <message>
        <source>{pack} may only be used under its license&apos;s terms. Read them and accept them to use this model pack.</source>
        <translation>{pack} só pode ser usado nos termos da sua licença. Leia-os e aceite-os para usar este pacote de modelo.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The vault is locked</source>
        <translation>O cofre está bloqueado</translation>
    </message>
    <message>
        <source>Patients, photos and conversations are encrypted. Enter your passphrase to open them.</source>
        <translation>Pacientes, fotos e conversas estão criptografados. Digite sua frase-senha para abri-los.</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Usar a chave de &amp;recuperação</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Desbloquear o cofre</translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation>Status do desbloqueio</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>O Caps Lock está ativado.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Chave de recuperação:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <source>Unlocking… (deriving the key takes a moment on purpose)</source>
        <translation>Desbloqueando… (gerar a chave leva um momento, de propósito)</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Compare it with the saved or printed copy and try again. Nothing was changed.</source>
        <translation>Essa chave de recuperação não abre este cofre. Compare-a com a cópia salva ou impressa e tente novamente. Nada foi alterado.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check the spelling and whether Caps Lock is on, then try again. Nothing was changed.</source>
        <translation>Essa frase-senha não abre este cofre. Confira a digitação e se o Caps Lock está ativado e tente novamente. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The vault could not be opened: {reason}</source>
        <translation>Não foi possível abrir o cofre: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Add a photo from a file</source>
        <translation>Adicionar uma foto de um arquivo</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>Colar uma foto</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Ask clinical question 1 to 4</source>
        <translation>Fazer a pergunta clínica 1 a 4</translation>
    </message>
    <message>
        <source>Ask all four clinical questions</source>
        <translation>Fazer as quatro perguntas clínicas</translation>
    </message>
    <message>
        <source>Go to the question box</source>
        <translation>Ir para o campo de pergunta</translation>
    </message>
    <message>
        <source>Stop the answer being written</source>
        <translation>Interromper a resposta em andamento</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Salvar o caso</translation>
    </message>
    <message>
        <source>Report: warning signs, summary, PDFs</source>
        <translation>Relatório: sinais de alerta, resumo, PDFs</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Pesquisar casos</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Bloquear o cofre</translation>
    </message>
    <message>
        <source>Model packs</source>
        <translation>Pacotes de modelo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Loading the vision model</source>
        <translation>Carregando o modelo de visão</translation>
    </message>
    <message>
        <source>Loading the language model</source>
        <translation>Carregando o modelo de linguagem</translation>
    </message>
    <message>
        <source>Measuring whether speculative decoding is faster on this computer</source>
        <translation>Medindo se a decodificação especulativa é mais rápida neste computador</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Esta instalação</translation>
    </message>
    <message>
        <source>Checking llama.cpp…</source>
        <translation>Verificando o llama.cpp…</translation>
    </message>
    <message>
        <source>SkinGPT Desktop {version}</source>
        <translation>SkinGPT Desktop {version}</translation>
    </message>
    <message>
        <source>An offline dermatology assistant that runs SkinGPT-4 model packs on this computer. Photos and conversations never leave it.</source>
        <translation>Um assistente de dermatologia que funciona sem internet e executa pacotes de modelo SkinGPT-4 neste computador. Fotos e conversas nunca saem dele.</translation>
    </message>
    <message>
        <source>It gives information, not a diagnosis.</source>
        <translation>Ele fornece informações, não um diagnóstico.</translation>
    </message>
    <message>
        <source>No model pack loaded</source>
        <translation>Nenhum pacote de modelo carregado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>SkinGPT Desktop</source>
        <translation>SkinGPT Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Novo caso</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>&amp;Adicionar foto…</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>Co&amp;lar foto</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>&amp;Câmera…</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Salvar caso</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Relatório…</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>&amp;Bloquear cofre</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>A&amp;lterar frase-senha…</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>Fazer &amp;backup do cofre…</translation>
    </message>
    <message>
        <source>R&amp;estore from backup…</source>
        <translation>R&amp;estaurar de um backup…</translation>
    </message>
    <message>
        <source>Sal&amp;vage a damaged vault…</source>
        <translation>Re&amp;sgatar um cofre danificado…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>Model &amp;packs…</source>
        <translation>&amp;Pacotes de modelo…</translation>
    </message>
    <message>
        <source>&amp;Evaluate a pack…</source>
        <translation>&amp;Avaliar um pacote…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Go to the &amp;question box</source>
        <translation>&amp;Ir para o campo de pergunta</translation>
    </message>
    <message>
        <source>Medical &amp;disclaimer</source>
        <translation>&amp;Aviso médico</translation>
    </message>
    <message>
        <source>&amp;Photo tips</source>
        <translation>&amp;Dicas de foto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;talhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <source>Warning signs, summary and urgency, PDFs (Ctrl+R)</source>
        <translation>Sinais de alerta, resumo e urgência, PDFs (Ctrl+R)</translation>
    </message>
    <message>
        <source>Model pack status</source>
        <translation>Status do pacote de modelo</translation>
    </message>
    <message>
        <source>Lock vault</source>
        <translation>Bloquear cofre</translation>
    </message>
    <message>
        <source>Save this case before locking? Unsaved photos and answers are removed from the screen when the vault locks.</source>
        <translation>Salvar este caso antes de bloquear? Fotos e respostas não salvas são removidas da tela quando o cofre é bloqueado.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n min without use.</source>
        <translation>
            <numerusform>Bloqueado após %n min sem uso.</numerusform>
            <numerusform>Bloqueado após %n min sem uso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved case</source>
        <translation>Caso não salvo</translation>
    </message>
    <message>
        <source>Discard the photos and answers that are not saved?</source>
        <translation>Descartar as fotos e respostas que não foram salvas?</translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation>Ainda não há nada para salvar.</translation>
    </message>
    <message>
        <source>Saved: {title}</source>
        <translation>Salvo: {title}</translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>O caso não foi salvo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Parts of this case could not be read: {problems}</source>
        <translation>Não foi possível ler partes deste caso: {problems}</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>Não foi possível abrir o caso</translation>
    </message>
    <message>
        <source>The case was not deleted</source>
        <translation>O caso não foi excluído</translation>
    </message>
    <message>
        <source>The patient was not deleted</source>
        <translation>O paciente não foi excluído</translation>
    </message>
    <message>
        <source>Cases could not be listed</source>
        <translation>Não foi possível listar os casos</translation>
    </message>
    <message>
        <source>{what}: {detail}</source>
        <translation>{what}: {detail}</translation>
    </message>
    <message>
        <source>Evaluation running</source>
        <translation>Avaliação em andamento</translation>
    </message>
    <message>
        <source>An evaluation is running. Quit and stop it? The answers so far are kept: Resume continues it later.</source>
        <translation>Há uma avaliação em andamento. Sair e interrompê-la? As respostas obtidas são mantidas: Retomar a continua depois.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Cofre</translation>
    </message>
    <message>
        <source>The vault passphrase was changed.</source>
        <translation>A frase-senha do cofre foi alterada.</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>Pacote de modelo</translation>
    </message>
    <message>
        <source>{problem}. The last used model pack is loaded instead.</source>
        <translation>{problem}. O último pacote de modelo usado foi carregado no lugar.</translation>
    </message>
    <message>
        <source>Wait for the answer to finish (or press Stop) before changing the model pack.</source>
        <translation>Aguarde o fim da resposta (ou clique em Parar) antes de trocar o pacote de modelo.</translation>
    </message>
    <message>
        <source>Checking the model pack…</source>
        <translation>Verificando o pacote de modelo…</translation>
    </message>
    <message>
        <source>{pack} was not loaded: its license was not accepted.</source>
        <translation>{pack} não foi carregado: a licença dele não foi aceita.</translation>
    </message>
    <message>
        <source>Loading {pack}…</source>
        <translation>Carregando {pack}…</translation>
    </message>
    <message>
        <source>{pack}: {stage}…</source>
        <translation>{pack}: {stage}…</translation>
    </message>
    <message>
        <source>The model pack could not be loaded ({type}: {exc})</source>
        <translation>Não foi possível carregar o pacote de modelo ({type}: {exc})</translation>
    </message>
    <message>
        <source>Pack: {pack}</source>
        <translation>Pacote: {pack}</translation>
    </message>
    <message>
        <source>Loading the model pack…</source>
        <translation>Carregando o pacote de modelo…</translation>
    </message>
    <message>
        <source>Load a model pack to ask questions (Model ▸ Model packs).</source>
        <translation>Carregue um pacote de modelo para fazer perguntas (Modelo ▸ Pacotes de modelo).</translation>
    </message>
    <message>
        <source>Add a photo to ask about it.</source>
        <translation>Adicione uma foto para perguntar sobre ela.</translation>
    </message>
    <message>
        <source>Asking about photo {number} ({view})</source>
        <translation>Perguntando sobre a foto {number} ({view})</translation>
    </message>
    <message>
        <source>model pack: {pack}</source>
        <translation>pacote de modelo: {pack}</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Aviso médico</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>About SkinGPT Desktop</source>
        <translation>Sobre o SkinGPT Desktop</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Ocultar &amp;detalhes</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar &amp;detalhes</translation>
    </message>
    <message>
        <source>Build details</source>
        <translation>Detalhes da instalação</translation>
    </message>
    <message>
        <source>&amp;Copy build report</source>
        <translation>&amp;Copiar relatório técnico</translation>
    </message>
    <message>
        <source>Copy build report</source>
        <translation>Copiar relatório técnico</translation>
    </message>
    <message>
        <source>The build report could not be gathered ({error}).</source>
        <translation>Não foi possível reunir o relatório técnico ({error}).</translation>
    </message>
    <message>
        <source>Build report copied: paste it where support asks.</source>
        <translation>Relatório técnico copiado: cole-o onde o suporte pedir.</translation>
    </message>
    <message>
        <source>Save this case before closing?</source>
        <translation>Salvar este caso antes de fechar?</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Looking for model packs…</source>
        <translation>Procurando pacotes de modelo…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model pack is installed yet.&lt;/p&gt;&lt;p&gt;Import one from a folder or USB drive, or download one from Hugging Face.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nenhum pacote de modelo instalado ainda.&lt;/p&gt;&lt;p&gt;Importe um de uma pasta ou de um pen drive, ou baixe um do Hugging Face.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Downloading {file}</source>
        <translation>Baixando {file}</translation>
    </message>
    <message>
        <source>Verifying {file}</source>
        <translation>Verificando {file}</translation>
    </message>
    <message>
        <source>Copying and verifying {file}</source>
        <translation>Copiando e verificando {file}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} min {s} s</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} h {min} min</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} de {total}</translation>
    </message>
    <message>
        <source> · {speed}/s · {time} left</source>
        <translation> · {speed}/s · tempo restante: {time}</translation>
    </message>
    <message>
        <source>None stated</source>
        <translation>Nenhuma informada</translation>
    </message>
    <message>
        <source>{name} from {origin}</source>
        <translation>{name} (origem: {origin})</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>uma quantidade desconhecida</translation>
    </message>
    <message>
        <source>RAM needed:</source>
        <translation>RAM necessária:</translation>
    </message>
    <message>
        <source>about {ram}; this computer has {have}.</source>
        <translation>cerca de {ram}; este computador tem {have}.</translation>
    </message>
    <message>
        <source>not stated by the pack; this computer has {have}.</source>
        <translation>não informado pelo pacote; este computador tem {have}.</translation>
    </message>
    <message>
        <source>Checking the GPU&apos;s memory…</source>
        <translation>Verificando a memória da GPU…</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Atenção:</translation>
    </message>
    <message>
        <source>The app asks the model to answer in the language chosen in Settings, but the model&apos;s answers in languages other than English are of limited quality: Llama 2&apos;s model card puts other languages out of scope. The app&apos;s fixed texts and the warning signs are always its own reviewed translations, never the model&apos;s.</source>
        <translation>O aplicativo pede ao modelo que responda no idioma escolhido em Configurações, mas as respostas do modelo em idiomas que não sejam o inglês têm qualidade limitada: a ficha do modelo do Llama 2 deixa os outros idiomas fora do escopo. Os textos fixos do aplicativo e os sinais de alerta são sempre traduções revisadas do próprio aplicativo, nunca do modelo.</translation>
    </message>
    <message>
        <source>The app asks the model to answer in the language chosen in Settings; how well it answers in languages other than English depends on the model (see its own model card). The app&apos;s fixed texts and the warning signs are always its own reviewed translations, never the model&apos;s.</source>
        <translation>O aplicativo pede ao modelo que responda no idioma escolhido em Configurações; a qualidade das respostas em idiomas diferentes do inglês depende do modelo (veja o cartão do próprio modelo). Os textos fixos do aplicativo e os sinais de alerta são sempre as suas próprias traduções revisadas, nunca as do modelo.</translation>
    </message>
    <message>
        <source>This license must be accepted before the pack is first used: the app asks.</source>
        <translation>Esta licença precisa ser aceita antes do primeiro uso do pacote: o aplicativo pergunta.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Quantization:</source>
        <translation>Quantização:</translation>
    </message>
    <message>
        <source>Conversation format:</source>
        <translation>Formato de conversa:</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>Procedência:</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>Uso pretendido:</translation>
    </message>
    <message>
        <source>Known limits:</source>
        <translation>Limitações conhecidas:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Arquivos:</translation>
    </message>
    <message>
        <source>Converted from:</source>
        <translation>Convertido de:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <source>{repo}, revision {revision}</source>
        <translation>{repo}, revisão {revision}</translation>
    </message>
    <message>
        <source>Downloaded from:</source>
        <translation>Baixado de:</translation>
    </message>
    <message>
        <source>SHA-256 of the downloaded files (checked against Hugging Face):</source>
        <translation>SHA-256 dos arquivos baixados (verificados com o Hugging Face):</translation>
    </message>
    <message>
        <source>Model packs</source>
        <translation>Pacotes de modelo</translation>
    </message>
    <message>
        <source>Installed model packs</source>
        <translation>Pacotes de modelo instalados</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Ficha do modelo</translation>
    </message>
    <message>
        <source>&amp;Use this pack</source>
        <translation>&amp;Usar este pacote</translation>
    </message>
    <message>
        <source>&amp;Import from folder…</source>
        <translation>&amp;Importar de uma pasta…</translation>
    </message>
    <message>
        <source>Import &amp;GGUF files…</source>
        <translation>Importar arquivos &amp;GGUF…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Installed &amp;packs</source>
        <translation>&amp;Pacotes instalados</translation>
    </message>
    <message>
        <source>Cata&amp;logue</source>
        <translation>Catá&amp;logo</translation>
    </message>
    <message>
        <source>Download from Hugging Face</source>
        <translation>Baixar do Hugging Face</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>proprietário/nome</translation>
    </message>
    <message>
        <source>Repository id</source>
        <translation>ID do repositório</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>Re&amp;positório:</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Re&amp;vision:</source>
        <translation>Re&amp;visão:</translation>
    </message>
    <message>
        <source>Downloads resume where they stopped, even after a restart, and every file is checked against the hash Hugging Face publishes and the pack&apos;s SHA-256 list before anything is installed.</source>
        <translation>Os downloads continuam de onde pararam, mesmo depois de reiniciar, e cada arquivo é conferido com o hash publicado pelo Hugging Face e com a lista SHA-256 do pacote antes de qualquer instalação.</translation>
    </message>
    <message>
        <source>Install progress</source>
        <translation>Progresso da instalação</translation>
    </message>
    <message>
        <source>Install status</source>
        <translation>Status da instalação</translation>
    </message>
    <message>
        <source>{pack} (in use)</source>
        <translation>{pack} (em uso)</translation>
    </message>
    <message>
        <source>{pack} (could not be loaded)</source>
        <translation>{pack} (não pôde ser carregado)</translation>
    </message>
    <message>
        <source>The installed packs could not be listed ({type}).</source>
        <translation>Não foi possível listar os pacotes instalados ({type}).</translation>
    </message>
    <message>
        <source>This pack could not be loaded:</source>
        <translation>Este pacote não pôde ser carregado:</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>Pacote de modelo</translation>
    </message>
    <message>
        <source>{advice}

Use this pack anyway?</source>
        <translation>{advice}

Usar este pacote mesmo assim?</translation>
    </message>
    <message>
        <source>Remove model pack</source>
        <translation>Remover pacote de modelo</translation>
    </message>
    <message>
        <source>Delete the pack &apos;{pack}&apos; and its files from this computer?</source>
        <translation>Excluir deste computador o pacote &apos;{pack}&apos; e seus arquivos?</translation>
    </message>
    <message>
        <source>Removing {pack}…</source>
        <translation>Removendo {pack}…</translation>
    </message>
    <message>
        <source>Removed {pack}.</source>
        <translation>{pack} removido.</translation>
    </message>
    <message>
        <source>The pack could not be removed completely ({type}: {exc}).</source>
        <translation>Não foi possível remover o pacote por completo ({type}: {exc}).</translation>
    </message>
    <message>
        <source>Choose the model pack folder</source>
        <translation>Escolha a pasta do pacote de modelo</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Enter a repository id such as owner/skingpt4-q4.</source>
        <translation>Digite um ID de repositório, por exemplo proprietário/skingpt4-q4.</translation>
    </message>
    <message>
        <source>Connecting to download {repo}…</source>
        <translation>Conectando para baixar {repo}…</translation>
    </message>
    <message>
        <source>Choose the language model (.gguf)</source>
        <translation>Escolha o modelo de linguagem (.gguf)</translation>
    </message>
    <message>
        <source>Choose its vision projector (mmproj .gguf)</source>
        <translation>Escolha o projetor de visão dele (mmproj .gguf)</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf)</source>
        <translation>Arquivos GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Building a model pack from {file}…</source>
        <translation>Criando um pacote de modelo a partir de {file}…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was installed.</source>
        <translation>Cancelado. Nada foi instalado.</translation>
    </message>
    <message>
        <source>{pack} is already installed; remove it first to install it again.</source>
        <translation>{pack} já está instalado; remova-o primeiro para instalá-lo de novo.</translation>
    </message>
    <message>
        <source>Connecting to download {pack}…</source>
        <translation>Conectando para baixar {pack}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Installed and verified: {pack}</source>
        <translation>Instalado e verificado: {pack}</translation>
    </message>
    <message>
        <source>The pack could not be installed ({type}: {exc}).</source>
        <translation>Não foi possível instalar o pacote ({type}: {exc}).</translation>
    </message>
    <message>
        <source>Cancelled. A download continues where it stopped when you press Download again.</source>
        <translation>Cancelado. O download continua de onde parou quando você clicar em Baixar novamente.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Too weak</source>
        <translation>Fraca demais</translation>
    </message>
    <message>
        <source>Use at least 8 characters; four or more random words work well.</source>
        <translation>Use pelo menos 8 caracteres; quatro ou mais palavras aleatórias funcionam bem.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Fraca</translation>
    </message>
    <message>
        <source>Add another word or two, or mix in digits and symbols.</source>
        <translation>Acrescente mais uma ou duas palavras, ou misture números e símbolos.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Razoável</translation>
    </message>
    <message>
        <source>Good start; one more random word makes it much stronger.</source>
        <translation>Bom começo; mais uma palavra aleatória a deixa muito mais forte.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Boa</translation>
    </message>
    <message>
        <source>A good passphrase. Write it down somewhere safe.</source>
        <translation>Uma boa frase-senha. Anote-a e guarde-a em um lugar seguro.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>A strong passphrase. Write it down somewhere safe.</source>
        <translation>Uma frase-senha forte. Anote-a e guarde-a em um lugar seguro.</translation>
    </message>
    <message>
        <source>It is built on a common word (“{word}”), one of the first guesses; use four or more random words.</source>
        <translation>Ela se baseia em uma palavra comum (“{word}”), uma das primeiras tentativas; use quatro ou mais palavras aleatórias.</translation>
    </message>
    <message>
        <source>Repeated or consecutive characters are guessed quickly; use four or more random words.</source>
        <translation>Caracteres repetidos ou consecutivos são adivinhados rapidamente; use quatro ou mais palavras aleatórias.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}.&lt;/b&gt; {advice}</source>
        <translation>&lt;b&gt;{label}.&lt;/b&gt; {advice}</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>As duas frases-senha são diferentes.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>I: always burns, never tans (very pale skin)</source>
        <translation>I: sempre se queima, nunca se bronzeia (pele muito clara)</translation>
    </message>
    <message>
        <source>II: usually burns, tans with difficulty (fair skin)</source>
        <translation>II: geralmente se queima, bronzeia com dificuldade (pele clara)</translation>
    </message>
    <message>
        <source>III: sometimes burns, tans gradually (light brown skin)</source>
        <translation>III: às vezes se queima, bronzeia aos poucos (pele morena clara)</translation>
    </message>
    <message>
        <source>IV: rarely burns, tans easily (moderate brown skin)</source>
        <translation>IV: raramente se queima, bronzeia com facilidade (pele morena)</translation>
    </message>
    <message>
        <source>V: very rarely burns, tans very easily (dark brown skin)</source>
        <translation>V: muito raramente se queima, bronzeia com muita facilidade (pele morena escura)</translation>
    </message>
    <message>
        <source>VI: never burns (deeply pigmented, dark brown to black skin)</source>
        <translation>VI: nunca se queima (pele muito pigmentada, de marrom-escura a negra)</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Novo paciente</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <source>&amp;Name or ID:</source>
        <translation>&amp;Nome ou ID:</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>Nome ou ID</translation>
    </message>
    <message>
        <source>&amp;Clinic number:</source>
        <translation>Nº do p&amp;rontuário:</translation>
    </message>
    <message>
        <source>Clinic patient number</source>
        <translation>Número do prontuário na clínica</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Ano de nascimento:</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Ano de nascimento</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>&amp;Village or contact:</source>
        <translation>&amp;Vilarejo ou contato:</translation>
    </message>
    <message>
        <source>Village or contact</source>
        <translation>Vilarejo ou contato</translation>
    </message>
    <message>
        <source>&amp;Fitzpatrick type:</source>
        <translation>&amp;Fototipo (Fitzpatrick):</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Fototipo de pele de Fitzpatrick</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>A&amp;lergias:</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Observações:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>V&amp;isits:</source>
        <translation>V&amp;isitas:</translation>
    </message>
    <message>
        <source>Visits, oldest first</source>
        <translation>Consultas, da mais antiga à mais recente</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>e.g. penicillin; none known</source>
        <translation>ex.: penicilina; nenhuma conhecida</translation>
    </message>
    <message>
        <source>e.g. village, or a phone number</source>
        <translation>ex.: vilarejo ou um telefone</translation>
    </message>
    <message>
        <source>Double-click to open this visit</source>
        <translation>Clique duas vezes para abrir esta consulta</translation>
    </message>
    <message>
        <source>No visits saved yet</source>
        <translation>Nenhuma consulta salva ainda</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Close-up</source>
        <translation>De perto</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>Ampla</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outra</translation>
    </message>
    <message>
        <source>close-up</source>
        <translation>de perto</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>ampla</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outra</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>baixa resolução</translation>
    </message>
    <message>
        <source>blur</source>
        <translation>desfoque</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>pouca luz</translation>
    </message>
    <message>
        <source>bright</source>
        <translation>excesso de luz</translation>
    </message>
    <message>
        <source>{width} x {height} pixels</source>
        <translation>{width} x {height} pixels</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo quality: good&lt;/b&gt; ({size}). Sharp and well exposed.</source>
        <translation>&lt;b&gt;Qualidade da foto: boa&lt;/b&gt; ({size}). Nítida e bem exposta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo quality: consider retaking&lt;/b&gt; ({size})</source>
        <translation>&lt;b&gt;Qualidade da foto: considere tirar outra&lt;/b&gt; ({size})</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Selected photo</source>
        <translation>Foto selecionada</translation>
    </message>
    <message>
        <source>Photos of this case</source>
        <translation>Fotos deste caso</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Kind of photo (close-up or wide)</source>
        <translation>Tipo de foto (de perto ou ampla)</translation>
    </message>
    <message>
        <source>Photo quality</source>
        <translation>Qualidade da foto</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>Adicionar &amp;foto…</translation>
    </message>
    <message>
        <source>Add a photo from a file (Ctrl+O)</source>
        <translation>Adicionar uma foto de um arquivo (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <source>Paste a photo from the clipboard</source>
        <translation>Colar uma foto da área de transferência</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>&amp;Câmera…</translation>
    </message>
    <message>
        <source>Take a photo with a camera (Ctrl+Shift+C)</source>
        <translation>Tirar uma foto com uma câmera (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Remo&amp;ver</translation>
    </message>
    <message>
        <source>Remove the selected photo from this case</source>
        <translation>Remover a foto selecionada deste caso</translation>
    </message>
    <message>
        <source>Photo &amp;tips</source>
        <translation>&amp;Dicas de foto</translation>
    </message>
    <message>
        <source>How to take a photo the model can use</source>
        <translation>Como tirar uma foto que o modelo possa usar</translation>
    </message>
    <message>
        <source>Paste photo</source>
        <translation>Colar foto</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remover foto</translation>
    </message>
    <message>
        <source>Photos ({patterns});;All files (*)</source>
        <translation>Fotos ({patterns});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Adicionar fotos</translation>
    </message>
    <message>
        <source>The clipboard holds no photo. Copy an image or a photo file first.</source>
        <translation>A área de transferência não contém nenhuma foto. Copie primeiro uma imagem ou um arquivo de foto.</translation>
    </message>
    <message>
        <source>The photo could not be opened ({type}).</source>
        <translation>Não foi possível abrir a foto ({type}).</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>Verificando a foto…</translation>
    </message>
    <message>
        <source>Photo quality good</source>
        <translation>Qualidade da foto: boa</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Photo quality: {problems}</source>
        <translation>Qualidade da foto: {problems}</translation>
    </message>
    <message>
        <source>{number}. {view}</source>
        <translation>{number}. {view}</translation>
    </message>
    <message>
        <source>Remove photo {number} from this case?</source>
        <translation>Remover a foto {number} deste caso?</translation>
    </message>
    <message>
        <source>Photo tips</source>
        <translation>Dicas de foto</translation>
    </message>
    <message>
        <source>Drop a photo here, paste one (Ctrl+V), or use Add photo (Ctrl+O).</source>
        <translation>Solte uma foto aqui, cole uma (Ctrl+V) ou use Adicionar foto (Ctrl+O).</translation>
    </message>
</context>
<context>
    <name>RecordFlows</name>
    <message>
        <source>The patient was not added</source>
        <translation>O paciente não foi adicionado</translation>
    </message>
    <message>
        <source>The patient could not be opened</source>
        <translation>Não foi possível abrir o paciente</translation>
    </message>
    <message>
        <source>The patient was not changed</source>
        <translation>O paciente não foi alterado</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>Não foi possível abrir o caso</translation>
    </message>
    <message>
        <source>The case was not changed</source>
        <translation>O caso não foi alterado</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>SkinGPT Desktop vault recovery key</source>
        <translation>Chave de recuperação do cofre do SkinGPT Desktop</translation>
    </message>
    <message>
        <source>Opens the vault: {file}</source>
        <translation>Abre o cofre: {file}</translation>
    </message>
    <message>
        <source>Vault ID: {id}</source>
        <translation>ID do cofre: {id}</translation>
    </message>
    <message>
        <source>Made on: {date}</source>
        <translation>Criada em: {date}</translation>
    </message>
    <message>
        <source>This key opens the vault if the passphrase is forgotten. Anyone who has it and the vault file can read every record: keep it somewhere safe, away from this computer.</source>
        <translation>Esta chave abre o cofre se a frase-senha for esquecida. Quem tiver a chave e o arquivo do cofre pode ler todos os registros: guarde-a em lugar seguro, longe deste computador.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Tick every warning sign &lt;b&gt;the patient has now&lt;/b&gt;. These questions are about the patient&apos;s symptoms, not about the photo. Fixed rules from public medical guidance use them to set how urgent this is; the model may at most suggest seeing a doctor within 2 weeks.</source>
        <translation>Marque todos os sinais de alerta que &lt;b&gt;o paciente tem agora&lt;/b&gt;. Estas perguntas são sobre os sintomas do paciente, não sobre a foto. Regras fixas baseadas em diretrizes médicas públicas usam essas respostas para definir a urgência; o modelo pode no máximo sugerir ver um médico em até 2 semanas.</translation>
    </message>
    <message>
        <source>Writing the summary (one more answer from the model)… Cancel stops it.</source>
        <translation>Escrevendo o resumo (mais uma resposta do modelo)… Cancelar interrompe.</translation>
    </message>
    <message>
        <source>This report will be stored in the vault with the case when you save the case (File ▸ Save case).</source>
        <translation>Este relatório será guardado no cofre junto com o caso quando você salvar o caso (Arquivo ▸ Salvar caso).</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <source>{names} already exists in this folder. Replace?</source>
        <translation>{names} já existe nesta pasta. Deseja substituí-lo?</translation>
    </message>
    <message>
        <source>{names} already exist in this folder. Replace?</source>
        <translation>{names} já existem nesta pasta. Deseja substituí-los?</translation>
    </message>
    <message>
        <source>Replace reports</source>
        <translation>Substituir relatórios</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Sinais de alerta</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Nenhum destes</translation>
    </message>
    <message>
        <source>Writing the summary</source>
        <translation>Escrevendo o resumo</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Status do relatório</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>&amp;Gerar relatório</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the summary, or close without a report</source>
        <translation>Interromper o resumo ou fechar sem relatório</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgência</translation>
    </message>
    <message>
        <source>Warning signs ticked</source>
        <translation>Sinais de alerta marcados</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Resumo do relatório</translation>
    </message>
    <message>
        <source>Where the report is stored</source>
        <translation>Onde o relatório é guardado</translation>
    </message>
    <message>
        <source>Saved files</source>
        <translation>Arquivos salvos</translation>
    </message>
    <message>
        <source>&amp;Save PDFs…</source>
        <translation>&amp;Salvar PDFs…</translation>
    </message>
    <message>
        <source>Write the patient and the clinician report into a folder</source>
        <translation>Salvar em uma pasta o relatório para o paciente e o relatório para profissionais de saúde</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Patient report…</source>
        <translation>Relatório para o paciente…</translation>
    </message>
    <message>
        <source>Clinician report…</source>
        <translation>Relatório para profissionais de saúde…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>The report could not be made ({type}).</source>
        <translation>Não foi possível gerar o relatório ({type}).</translation>
    </message>
    <message>
        <source>Stopped: no report was made.</source>
        <translation>Interrompido: nenhum relatório foi gerado.</translation>
    </message>
    <message>
        <source>Storing the report in the vault…</source>
        <translation>Guardando o relatório no cofre…</translation>
    </message>
    <message>
        <source>The report was not stored in the vault: {error}</source>
        <translation>O relatório não foi guardado no cofre: {error}</translation>
    </message>
    <message>
        <source>Stored in the vault with this case (encrypted).</source>
        <translation>Guardado no cofre junto com este caso (criptografado).</translation>
    </message>
    <message>
        <source>Save the patient and clinician reports in…</source>
        <translation>Salvar os relatórios para o paciente e para profissionais de saúde em…</translation>
    </message>
    <message>
        <source>Writing the PDFs…</source>
        <translation>Gravando os PDFs…</translation>
    </message>
    <message>
        <source>Saved {names} in {folder}.</source>
        <translation>Arquivos salvos em {folder}: {names}.</translation>
    </message>
    <message>
        <source>The PDFs could not be written ({type}).</source>
        <translation>Não foi possível gravar os PDFs ({type}).</translation>
    </message>
    <message>
        <source>The patient report was sent to the printer.</source>
        <translation>O relatório para o paciente foi enviado à impressora.</translation>
    </message>
    <message>
        <source>The clinician report was sent to the printer.</source>
        <translation>O relatório para profissionais de saúde foi enviado à impressora.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interrompendo…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <source>Restoring adds the records of a backup that this vault does not have. Records already here are kept as they are: nothing is overwritten. The backup is checked completely first, and nothing is written if any part of it is damaged.</source>
        <translation>A restauração adiciona os registros de um backup que este cofre ainda não tem. Os registros que já estão aqui são mantidos como estão: nada é sobrescrito. O backup é verificado por completo antes, e nada é gravado se alguma parte dele estiver danificada.</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>Arquivo de &amp;backup:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Arquivo de backup</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Escol&amp;her…</translation>
    </message>
    <message>
        <source>Choose a backup file (.skgbackup)</source>
        <translation>Escolha um arquivo de backup (.skgbackup)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase-senha do backup</translation>
    </message>
    <message>
        <source>A backup opens with the vault passphrase of the computer that made it, or with its own passphrase if it was given one.</source>
        <translation>Um backup abre com a frase-senha do cofre do computador que o criou, ou com a sua própria frase-senha, se tiver recebido uma.</translation>
    </message>
    <message>
        <source>Cases in the backup</source>
        <translation>Casos no backup</translation>
    </message>
    <message>
        <source>&amp;Check backup</source>
        <translation>&amp;Verificar backup</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>%v de %m registros</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Escolha um backup para restaurar</translation>
    </message>
    <message>
        <source>SkinGPT backups (*.skgbackup);;All files (*)</source>
        <translation>Backups do SkinGPT (*.skgbackup);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Checking every record of the backup…</source>
        <translation>Verificando cada registro do backup…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was written.</source>
        <translation>A verificação foi interrompida. Nada foi gravado.</translation>
    </message>
    <message>
        <source>The backup is intact. Restore adds what is listed.</source>
        <translation>O backup está íntegro. A restauração adiciona o que está listado.</translation>
    </message>
    <message>
        <source>Everything in this backup is already in the vault: restoring it would add nothing.</source>
        <translation>Tudo o que há neste backup já está no cofre: restaurá-lo não adicionaria nada.</translation>
    </message>
    <message>
        <source>the whole vault</source>
        <translation>o cofre inteiro</translation>
    </message>
    <message>
        <source>one case</source>
        <translation>um caso</translation>
    </message>
    <message>
        <source>A backup of {scope}, made {date}.</source>
        <translation>Um backup de {scope}, feito em {date}.</translation>
    </message>
    <message>
        <source>To be added: cases {case}, patients {patient}, photos {photo}, reports {report}.</source>
        <translation>Serão adicionados: casos {case}, pacientes {patient}, fotos {photo}, relatórios {report}.</translation>
    </message>
    <message>
        <source>{case} (already in this vault: kept as it is)</source>
        <translation>{case} (já está neste cofre: mantido como está)</translation>
    </message>
    <message numerus="yes">
        <source>Records of the backup already in this vault, which will be kept as they are: %n.</source>
        <translation>
            <numerusform>Registros do backup que já estão neste cofre e serão mantidos como estão: %n.</numerusform>
            <numerusform>Registros do backup que já estão neste cofre e serão mantidos como estão: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>{title} · no patient</source>
        <translation>{title} · sem paciente</translation>
    </message>
    <message>
        <source>unnamed patient</source>
        <translation>paciente sem nome</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>uma data desconhecida</translation>
    </message>
    <message>
        <source>Restoring… every record is checked again as it is added.</source>
        <translation>Restaurando… cada registro é verificado novamente à medida que é adicionado.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was added to the vault.</source>
        <translation>A restauração foi cancelada; nada foi adicionado ao cofre.</translation>
    </message>
    <message numerus="yes">
        <source>Records restored from the backup: %n.</source>
        <translation>
            <numerusform>Registros restaurados do backup: %n.</numerusform>
            <numerusform>Registros restaurados do backup: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records already in the vault, kept as they were: %n.</source>
        <translation>
            <numerusform>Registros que já estavam no cofre, mantidos como estavam: %n.</numerusform>
            <numerusform>Registros que já estavam no cofre, mantidos como estavam: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Nothing was written.</source>
        <translation>Essa frase-senha não abre este backup. Nada foi gravado.</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>um erro inesperado ({type})</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}.</source>
        <translation>Nada foi restaurado: {reason}.</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}. Nothing was written.</source>
        <translation>Este arquivo não pode ser restaurado: {reason}. Nada foi gravado.</translation>
    </message>
</context>
<context>
    <name>SaveCaseDialog</name>
    <message>
        <source>Save case</source>
        <translation>Salvar caso</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>Editar caso</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Título do caso</translation>
    </message>
    <message>
        <source>&amp;Body site:</source>
        <translation>&amp;Local do corpo:</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Local do corpo</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>&amp;Symptoms:</source>
        <translation>&amp;Sintomas:</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Sintomas</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Situação do caso</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;ituação:</translation>
    </message>
    <message>
        <source>Same s&amp;pot as:</source>
        <translation>Mesmo &amp;local que:</translation>
    </message>
    <message>
        <source>Earlier visit of this spot</source>
        <translation>Visita anterior deste local</translation>
    </message>
    <message>
        <source>C&amp;hange since then:</source>
        <translation>Mu&amp;dança desde então:</translation>
    </message>
    <message>
        <source>What changed since the earlier visit</source>
        <translation>O que mudou desde a visita anterior</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Novo paciente…</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Novo paciente</translation>
    </message>
    <message>
        <source>e.g. larger, edge now irregular</source>
        <translation>ex.: maior, borda agora irregular</translation>
    </message>
    <message>
        <source>No patient (anonymous case)</source>
        <translation>Sem paciente (caso anônimo)</translation>
    </message>
    <message>
        <source>{patient} (new)</source>
        <translation>{patient} (novo)</translation>
    </message>
    <message>
        <source>(age {age})</source>
        <translation>({age} anos)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nenhuma registrada</translation>
    </message>
    <message>
        <source>Allergies:</source>
        <translation>Alergias:</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Caso sem título</translation>
    </message>
    <message>
        <source>Onset: {onset}</source>
        <translation>Início: {onset}</translation>
    </message>
    <message>
        <source>Symptoms: {symptoms}</source>
        <translation>Sintomas: {symptoms}</translation>
    </message>
    <message>
        <source>Follow-up of {visit}</source>
        <translation>Acompanhamento de {visit}</translation>
    </message>
    <message>
        <source>Change: {note}</source>
        <translation>Mudança: {note}</translation>
    </message>
    <message>
        <source>e.g. left forearm</source>
        <translation>ex.: antebraço esquerdo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>Acompanhamento previsto</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Encaminhado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>A new spot (no earlier visit)</source>
        <translation>Um local novo (sem visita anterior)</translation>
    </message>
    <message>
        <source>Link this visit to an earlier one of the same lesion to compare the photos side by side</source>
        <translation>Vincular esta visita a uma anterior da mesma lesão para comparar as fotos lado a lado</translation>
    </message>
    <message>
        <source>e.g. three weeks ago</source>
        <translation>ex.: há três semanas</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>the vault is locked; unlock it with your passphrase</source>
        <translation>o cofre está bloqueado; desbloqueie-o com sua frase-senha</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A number from {low} to {high} fits here; the largest, {high}, is set.</source>
        <translation>Aqui cabe um número de {low} a {high}; foi definido o maior, {high}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Running the model (applied when the pack is loaded again)</source>
        <translation>Execução do modelo (aplicada quando o pacote for carregado novamente)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Idioma da &amp;interface:</translation>
    </message>
    <message>
        <source>Answer &amp;language:</source>
        <translation>Idioma das &amp;respostas:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>CPU &amp;threads:</source>
        <translation>&amp;Threads da CPU:</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>Camadas na &amp;GPU:</translation>
    </message>
    <message>
        <source>&amp;Context size:</source>
        <translation>Tamanho do &amp;contexto:</translation>
    </message>
    <message>
        <source>&amp;Vision model runs on:</source>
        <translation>O modelo de &amp;visão roda com:</translation>
    </message>
    <message>
        <source>&amp;Speculative decoding:</source>
        <translation>Decodificação e&amp;speculativa:</translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation>T&amp;emperatura:</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Maximum answer length:</source>
        <translation>Tamanho &amp;máximo da resposta:</translation>
    </message>
    <message>
        <source>Loc&amp;k the vault after:</source>
        <translation>&amp;Bloquear o cofre após:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>Answer language</source>
        <translation>Idioma das respostas</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Threads da CPU</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Camadas na GPU</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>Tamanho do contexto</translation>
    </message>
    <message>
        <source>Automatic (ggml if it works here, else numpy)</source>
        <translation>Automático (ggml se funcionar aqui; senão, numpy)</translation>
    </message>
    <message>
        <source>ggml (least memory; on the GPU with GPU layers; on a CPU it can be slower than numpy)</source>
        <translation>ggml (menos memória; na GPU com camadas de GPU; em uma CPU pode ser mais lento que o numpy)</translation>
    </message>
    <message>
        <source>numpy (the exact reference; most memory)</source>
        <translation>numpy (a referência exata; mais memória)</translation>
    </message>
    <message>
        <source>Automatic measures it once when a pack is first loaded with these settings (three short answers) and remembers the result.</source>
        <translation>O modo automático mede uma vez, na primeira vez que um pacote é carregado com estas configurações (três respostas curtas), e lembra o resultado.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ativada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>Measured with the loaded pack on this computer: {plain:.1f} words per second without it, {draft:.1f} with it ({gain:.2f}x), so automatic keeps it {verdict}.</source>
        <translation>Medido com o pacote carregado neste computador: {plain:.1f} palavras por segundo sem ela, {draft:.1f} com ela ({gain:.2f}x); por isso o modo automático a deixa {verdict}.</translation>
    </message>
    <message>
        <source>The pack&apos;s draft model, or words already in the conversation, propose the next words and the model checks them; the answers stay the model&apos;s own. It pays only where checking several words costs about as much as writing one (a GPU, fast memory): on the 2-core test machine answers came at 0.52-0.97x the speed without it.</source>
        <translation>O modelo rascunho do pacote, ou palavras já presentes na conversa, propõem as próximas palavras e o modelo as confere; as respostas continuam sendo do modelo. Só compensa quando conferir várias palavras custa quase o mesmo que escrever uma (uma GPU, memória rápida): na máquina de teste de 2 núcleos as respostas vieram a 0,52-0,97x a velocidade sem ele.</translation>
    </message>
    <message>
        <source>Vision model runs on</source>
        <translation>O modelo de visão roda com</translation>
    </message>
    <message>
        <source>Automatic: only if it measures faster on this computer</source>
        <translation>Automático: só se for medida mais rápida neste computador</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>Sempre ativada</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <source>Speculative decoding</source>
        <translation>Decodificação especulativa</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Maximum answer length</source>
        <translation>Tamanho máximo da resposta</translation>
    </message>
    <message>
        <source>Lock the vault after</source>
        <translation>Bloquear o cofre após</translation>
    </message>
    <message>
        <source>The model was trained in English: answers in other languages are less reliable. The disclaimer, photo guidance and warning signs are shown in the interface language.</source>
        <translation>O modelo foi treinado em inglês: respostas em outros idiomas são menos confiáveis. O aviso médico, as orientações para fotos e os sinais de alerta são exibidos no idioma da interface.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation>Nenhuma (só CPU)</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>suffix of a number of tokens, with its leading space</comment>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min without use</source>
        <comment>suffix of a number of minutes, with its leading space</comment>
        <translation> min sem uso</translation>
    </message>
    <message>
        <source>&amp;Deterministic (same photo and question, same answer)</source>
        <translation>&amp;Determinístico (mesma foto e pergunta, mesma resposta)</translation>
    </message>
    <message>
        <source>Deterministic answers</source>
        <translation>Respostas determinísticas</translation>
    </message>
    <message>
        <source>Resets how the model runs and answers and the automatic lock; the languages stay as they are.</source>
        <translation>Restaura a execução do modelo, as respostas e o bloqueio automático; os idiomas não mudam.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Cases without a patient</source>
        <translation>Casos sem paciente</translation>
    </message>
    <message>
        <source>female</source>
        <translation>feminino</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>intersex</source>
        <translation>intersexo</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>photos: {count}</source>
        <translation>fotos: {count}</translation>
    </message>
    <message>
        <source>Damaged case (cannot be read)</source>
        <translation>Caso danificado (não pode ser lido)</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Caso sem título</translation>
    </message>
    <message>
        <source>Unnamed patient</source>
        <translation>Paciente sem nome</translation>
    </message>
    <message>
        <source>no. {number}</source>
        <translation>nº {number}</translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation>nasc. {year}</translation>
    </message>
    <message>
        <source>type {type}</source>
        <translation>fototipo {type}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Allergies: {allergies}</source>
        <translation>Alergias: {allergies}</translation>
    </message>
    <message>
        <source>Follow-up of {visit}</source>
        <translation>Acompanhamento de {visit}</translation>
    </message>
    <message>
        <source>Patients and cases</source>
        <translation>Pacientes e casos</translation>
    </message>
    <message>
        <source>Search cases…</source>
        <translation>Pesquisar casos…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Pesquisar casos</translation>
    </message>
    <message>
        <source>This spot&apos;s visits side by side</source>
        <translation>As visitas deste local lado a lado</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Novo caso</translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation>N&amp;ovo paciente…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Compare &amp;visits…</source>
        <translation>Comparar &amp;visitas…</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Excluir caso</translation>
    </message>
    <message>
        <source>Delete the case “{case}” with its photos and conversations? This cannot be undone.</source>
        <translation>Excluir o caso “{case}”, com suas fotos e conversas? Esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation>Excluir paciente</translation>
    </message>
    <message>
        <source>Delete this patient? Their cases can be deleted too, or kept without a patient. This cannot be undone.</source>
        <translation>Excluir este paciente? Os casos deste paciente também podem ser excluídos ou mantidos sem paciente. Esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>Delete patient and cases</source>
        <translation>Excluir paciente e casos</translation>
    </message>
    <message>
        <source>Delete patient, keep cases</source>
        <translation>Excluir paciente, manter casos</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
</context>
<context>
    <name>VaultSalvage</name>
    <message>
        <source>Choose an empty folder for the salvaged vault</source>
        <translation>Escolha uma pasta vazia para o cofre resgatado</translation>
    </message>
    <message>
        <source>Salvage a damaged vault</source>
        <translation>Resgatar um cofre danificado</translation>
    </message>
    <message>
        <source>Vault passphrase:</source>
        <translation>Frase-senha do cofre:</translation>
    </message>
    <message>
        <source>The vault could not be salvaged ({type}).</source>
        <translation>Não foi possível resgatar o cofre ({type}).</translation>
    </message>
    <message>
        <source>Copied {count} records into {folder}. Start SkinGPT Desktop with --data-dir &quot;{folder}&quot; to open them; the damaged file was not changed.</source>
        <translation>{count} registros copiados para {folder}. Inicie o SkinGPT Desktop com --data-dir &quot;{folder}&quot; para abri-los; o arquivo danificado não foi alterado.</translation>
    </message>
    <message>
        <source>{count} records could not be read and were left behind.</source>
        <translation>{count} registros não puderam ser lidos e ficaram para trás.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erro inesperado</translation>
    </message>
    <message>
        <source>SkinGPT Desktop hit an unexpected error. Your saved data is safe; unsaved work in the current conversation may be lost. If you report it, include this (it contains no patient data):</source>
        <translation>O SkinGPT Desktop encontrou um erro inesperado. Seus dados salvos estão seguros; o que não foi salvo na conversa atual pode ser perdido. Se for relatar o erro, inclua o texto abaixo (ele não contém dados de pacientes):</translation>
    </message>
</context>
</TS>
