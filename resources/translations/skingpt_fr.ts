<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre-fort</translation>
    </message>
    <message>
        <source>The backup is one encrypted file with every patient, case, photo, conversation and report of this vault. Keep it away from this computer: to use a USB drive, choose a folder on it.</source>
        <translation>La sauvegarde est un seul fichier chiffré contenant tous les patients, cas, photos, conversations et rapports de ce coffre-fort. Conservez-la loin de cet ordinateur&#xa0;: pour utiliser une clé USB, choisissez un dossier sur celle-ci.</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the folder and the name of the backup file</source>
        <translation>Choisissez le dossier et le nom du fichier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Vault passphrase:</source>
        <translation>Phrase secrète du &amp;coffre-fort&#xa0;:</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Phrase secrète du coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Use a separate backup passphrase</source>
        <translation>&amp;Utiliser une phrase secrète propre à la sauvegarde</translation>
    </message>
    <message>
        <source>Without it the backup opens with the vault passphrase.</source>
        <translation>Sinon, la sauvegarde s’ouvre avec la phrase secrète du coffre-fort.</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de la sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Phrase secrète de la sauvegarde, à nouveau</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>%v enregistrements sur %m</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Back up the vault to</source>
        <translation>Sauvegarder le coffre-fort dans</translation>
    </message>
    <message>
        <source>SkinGPT backups (*.skgbackup)</source>
        <translation>Sauvegardes SkinGPT (*.skgbackup)</translation>
    </message>
    <message>
        <source>A file named {name} is already there. Type another name, or pick it with Choose… to replace it.</source>
        <translation>Un fichier nommé {name} existe déjà. Saisissez un autre nom, ou sélectionnez-le avec Choisir… pour le remplacer.</translation>
    </message>
    <message>
        <source>Checking the vault passphrase, then writing the backup…</source>
        <translation>Vérification de la phrase secrète du coffre-fort, puis écriture de la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>La sauvegarde a été annulée&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Records backed up to {file}: %n.</source>
        <translation>
            <numerusform>Enregistrements sauvegardés dans {file}&#xa0;: %n.</numerusform>
            <numerusform>Enregistrements sauvegardés dans {file}&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damaged records left out (they could not be read): %n.</source>
        <translation>
            <numerusform>Enregistrements endommagés exclus (illisibles)&#xa0;: %n.</numerusform>
            <numerusform>Enregistrements endommagés exclus (illisibles)&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase. No backup was written.</source>
        <translation>Ce n’est pas la phrase secrète du coffre-fort. Aucune sauvegarde n’a été écrite.</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>une erreur inattendue ({type})</translation>
    </message>
    <message>
        <source>No backup was written: {reason}.</source>
        <translation>Aucune sauvegarde n’a été écrite&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>The camera cannot be used: Qt Multimedia is not available on this computer ({reason}). You can still take the photo with a phone or another camera app and add it with Add photo, drag and drop, or Paste.</source>
        <translation>La caméra ne peut pas être utilisée&#xa0;: Qt Multimedia n’est pas disponible sur cet ordinateur ({reason}). Vous pouvez toujours prendre la photo avec un téléphone ou une autre application d’appareil photo, puis l’ajouter avec Ajouter une photo, par glisser-déposer ou avec Coller.</translation>
    </message>
    <message>
        <source>No camera was found. Connect a camera (or allow camera access for this app in your system&apos;s privacy settings) and press Look again. You can also take the photo with a phone and add it with Add photo, drag and drop, or Paste.</source>
        <translation>Aucune caméra n’a été trouvée. Branchez une caméra (ou autorisez l’accès à la caméra pour cette application dans les paramètres de confidentialité du système), puis cliquez sur Chercher à nouveau. Vous pouvez aussi prendre la photo avec un téléphone et l’ajouter avec Ajouter une photo, par glisser-déposer ou avec Coller.</translation>
    </message>
    <message>
        <source>Hold the camera 10-20 cm from the skin, in even light.</source>
        <translation>Tenez la caméra à 10-20 cm de la peau, sous un éclairage uniforme.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>The camera cannot be used</source>
        <translation>La caméra ne peut pas être utilisée</translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation>État de la caméra</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Chercher à nouveau</translation>
    </message>
    <message>
        <source>Look for cameras again</source>
        <translation>Chercher à nouveau les caméras</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>&amp;Prendre la photo</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Prendre la photo</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>Ca&amp;méra&#xa0;:</translation>
    </message>
    <message>
        <source>Camera device</source>
        <translation>Périphérique de caméra</translation>
    </message>
    <message>
        <source>Live camera preview</source>
        <translation>Aperçu en direct de la caméra</translation>
    </message>
    <message>
        <source>The camera is not ready yet; try again in a moment.</source>
        <translation>La caméra n’est pas encore prête&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The camera reported a problem: {error}. Choose another camera or close other apps that use it.</source>
        <translation>La caméra a signalé un problème&#xa0;: {error}. Choisissez une autre caméra ou fermez les autres applications qui l’utilisent.</translation>
    </message>
    <message>
        <source>The photo could not be taken: {error}</source>
        <translation>La photo n’a pas pu être prise&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>This model needs about {need} of memory but this computer has {have}. It may be very slow or fail to load: choose a smaller quantization of the same model (for example Q4_K_M instead of Q8_0), or offload layers to a GPU in Settings.</source>
        <translation>Ce modèle a besoin d’environ {need} de mémoire, mais cet ordinateur en a {have}. Il risque d’être très lent ou de ne pas se charger&#xa0;: choisissez une quantification plus petite du même modèle (par exemple Q4_K_M au lieu de Q8_0), ou déchargez des couches sur un GPU dans les Paramètres.</translation>
    </message>
    <message>
        <source>A language model with its vision projector (two GGUF files), downloaded from huggingface.co/{repo} and installed as a model pack.</source>
        <translation>Un modèle de langage avec son projecteur de vision (deux fichiers GGUF), téléchargé depuis huggingface.co/{repo} et installé comme paquet de modèle.</translation>
    </message>
    <message>
        <source>A model pack you build on your own computer from the original weights.</source>
        <translation>Un paquet de modèle que vous créez sur votre propre ordinateur à partir des poids d’origine.</translation>
    </message>
    <message>
        <source>This license must be accepted before first use: the app asks you before it downloads anything.</source>
        <translation>Cette licence doit être acceptée avant la première utilisation&#xa0;: l’application vous le demande avant de télécharger quoi que ce soit.</translation>
    </message>
    <message>
        <source>This license must be accepted before first use.</source>
        <translation>Cette licence doit être acceptée avant la première utilisation.</translation>
    </message>
    <message>
        <source>It fits in this computer’s memory.</source>
        <translation>Il tient dans la mémoire de cet ordinateur.</translation>
    </message>
    <message>
        <source>about {photo} s per photo, {words} words per second (estimated from a short measurement)</source>
        <translation>environ {photo} s par photo, {words} mots par seconde (estimation tirée d’une courte mesure)</translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>Sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Recommended for this computer</source>
        <translation>Recommandé pour cet ordinateur</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>environ {size}</translation>
    </message>
    <message>
        <source>This model is installed: see Installed packs.</source>
        <translation>Ce modèle est installé&#xa0;: voir Paquets installés.</translation>
    </message>
    <message>
        <source>Of this model&apos;s versions, this is the largest that fits this computer&apos;s memory.</source>
        <translation>Parmi les versions de ce modèle, c’est la plus grande qui tient dans la mémoire de cet ordinateur.</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Good at:</source>
        <translation>Points forts&#xa0;:</translation>
    </message>
    <message>
        <source>Download size:</source>
        <translation>Taille du téléchargement&#xa0;:</translation>
    </message>
    <message>
        <source>This pack cannot be downloaded ready-made: build it on your computer by following the guide {guide} in the app&apos;s documentation, then use Import from folder.</source>
        <translation>Ce paquet ne peut pas être téléchargé tout prêt&#xa0;: créez-le sur votre ordinateur en suivant le guide {guide} de la documentation de l’application, puis utilisez Importer depuis un dossier.</translation>
    </message>
    <message>
        <source>Model catalogue</source>
        <translation>Catalogue de modèles</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Entrée du catalogue</translation>
    </message>
    <message>
        <source>Download and i&amp;nstall</source>
        <translation>Télécharger et i&amp;nstaller</translation>
    </message>
    <message>
        <source>{name} (installed)</source>
        <translation>{name} (installé)</translation>
    </message>
    <message>
        <source>The catalogue has no entries.</source>
        <translation>Le catalogue ne contient aucune entrée.</translation>
    </message>
    <message>
        <source>A pack named &apos;{name}&apos; is already installed; remove it first to install it again.</source>
        <translation>Un paquet nommé «&#xa0;{name}&#xa0;» est déjà installé&#xa0;; supprimez-le d’abord pour le réinstaller.</translation>
    </message>
    <message>
        <source>{name} cannot be downloaded ready-made.</source>
        <translation>{name} ne peut pas être téléchargé tout prêt.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the vault passphrase</source>
        <translation>Changer la phrase secrète du coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;Répétez la nouvelle&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Changer</translation>
    </message>
    <message>
        <source>Also re-&amp;encrypt every record under a new key (when the old passphrase may be known to someone; takes longer)</source>
        <translation>Re-&amp;chiffrer aussi chaque dossier avec une nouvelle clé (si l&apos;ancienne phrase secrète peut être connue de quelqu&apos;un ; plus long)</translation>
    </message>
    <message>
        <source>This vault has a recovery key: it keeps working after the change.</source>
        <translation>Ce coffre-fort a une clé de secours&#xa0;: elle reste valable après le changement.</translation>
    </message>
    <message>
        <source>This vault has no recovery key: if the new passphrase is lost, nobody can open the vault.</source>
        <translation>Ce coffre-fort n’a pas de clé de secours&#xa0;: si la nouvelle phrase secrète est perdue, personne ne pourra l’ouvrir.</translation>
    </message>
    <message>
        <source>Changing the passphrase… (deriving the key takes a moment on purpose)</source>
        <translation>Changement de la phrase secrète… (le calcul de la clé prend volontairement un moment)</translation>
    </message>
    <message>
        <source>Re-encrypting the records… {done} of {total}</source>
        <translation>Rechiffrement des dossiers… {done} sur {total}</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s current passphrase. Nothing was changed.</source>
        <translation>Ce n’est pas la phrase secrète actuelle du coffre-fort. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: {reason}</source>
        <translation>La phrase secrète n’a pas été changée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>The old recovery key no longer works. The new one is:

{key}

Write it down now and keep it safe: it is shown only this once.</source>
        <translation>L&apos;ancienne clé de récupération ne fonctionne plus. La nouvelle est :

{key}

Notez-la maintenant et gardez-la en lieu sûr : elle n&apos;est affichée que cette fois.</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Looking at the photo…</source>
        <translation>Analyse de la photo…</translation>
    </message>
    <message>
        <source>Writing the answer… (Esc stops it)</source>
        <translation>Rédaction de la réponse… (Échap l’arrête)</translation>
    </message>
    <message>
        <source>1 token in {seconds} s ({rate} tokens/s)</source>
        <translation>1 jeton en {seconds} s ({rate} jetons/s)</translation>
    </message>
    <message>
        <source>{tokens} tokens in {seconds} s ({rate} tokens/s)</source>
        <translation>{tokens} jetons en {seconds} s ({rate} jetons/s)</translation>
    </message>
    <message>
        <source>(speculative decoding: {percent} % of the proposed tokens kept)</source>
        <translation>(décodage spéculatif&#xa0;: {percent}&#xa0;% des jetons proposés conservés)</translation>
    </message>
    <message>
        <source>Stopped. {speed}</source>
        <translation>Arrêtée. {speed}</translation>
    </message>
    <message>
        <source>Largest pause of the window while answering: {ms} ms</source>
        <translation>Plus longue pause de la fenêtre pendant la réponse&#xa0;: {ms} ms</translation>
    </message>
    <message>
        <source>The answer could not be generated ({type}).</source>
        <translation>La réponse n’a pas pu être générée ({type}).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêtée.</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Model output, not a diagnosis</source>
        <translation>Texte produit par le modèle, pas un diagnostic</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Not a diagnosis.</source>
        <translation>Ce n’est pas un diagnostic.</translation>
    </message>
    <message>
        <source>Read the full disclaimer</source>
        <translation>Lire l’avertissement médical complet</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Avertissement médical</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>État de la conversation</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Détails du cas</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Generation status</source>
        <translation>État de la génération</translation>
    </message>
    <message>
        <source>Ask: {prompt} (Ctrl+{number})</source>
        <translation>Demander&#xa0;: {prompt} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Ask clinical question {number}</source>
        <translation>Poser la question clinique {number}</translation>
    </message>
    <message>
        <source>Ask &amp;all four</source>
        <translation>Poser les &amp;quatre</translation>
    </message>
    <message>
        <source>Ask the four clinical questions in order (Ctrl+Shift+A)</source>
        <translation>Poser les quatre questions cliniques dans l’ordre (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Ask all four clinical questions</source>
        <translation>Poser les quatre questions cliniques</translation>
    </message>
    <message>
        <source>Ask about the selected photo…</source>
        <translation>Posez une question sur la photo sélectionnée…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>As&amp;k</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <source>Ask question</source>
        <translation>Poser la question</translation>
    </message>
    <message>
        <source>Ask the question (Enter)</source>
        <translation>Poser la question (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Stop the answer being written (Esc)</source>
        <translation>Arrêter la réponse en cours (Échap)</translation>
    </message>
    <message>
        <source>Add a photo, then ask a question or use one of the clinical prompts below. Answers are written by the model pack shown above each answer.</source>
        <translation>Ajoutez une photo, puis posez une question ou utilisez l’une des questions cliniques ci-dessous. Les réponses sont rédigées par le paquet de modèle indiqué au-dessus de chacune.</translation>
    </message>
    <message>
        <source>About photo {number} ({view})</source>
        <translation>À propos de la photo {number} ({view})</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Vous&#xa0;:</translation>
    </message>
    <message>
        <source>pack: {pack}</source>
        <translation>paquet&#xa0;: {pack}</translation>
    </message>
    <message>
        <source>unknown pack</source>
        <translation>paquet inconnu</translation>
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
        <translation>Évaluer un paquet</translation>
    </message>
    <message>
        <source>Measure how often each pack names the label of your own labelled photos. The results stay where you choose: encrypted in the vault, or in a folder; nothing leaves this computer.</source>
        <translation>Mesurez à quelle fréquence chaque pack nomme l’étiquette de vos propres photos étiquetées. Les résultats restent là où vous le choisissez : chiffrés dans le coffre, ou dans un dossier ; rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>A folder of class folders, or a CSV or JSON list</source>
        <translation>Un dossier de dossiers par classe, ou une liste CSV ou JSON</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <source>&amp;List…</source>
        <translation>&amp;Liste…</translation>
    </message>
    <message>
        <source>&amp;Packs:</source>
        <translation>&amp;Paquets&#xa0;:</translation>
    </message>
    <message>
        <source>Packs to evaluate</source>
        <translation>Paquets à évaluer</translation>
    </message>
    <message>
        <source>&amp;Runs per photo:</source>
        <translation>Pass&amp;ages par photo&#xa0;:</translation>
    </message>
    <message>
        <source>One greedy answer gives the accuracy; more runs, sampled, measure consistency.</source>
        <translation>Une réponse gloutonne donne l’exactitude ; des passages supplémentaires, échantillonnés, mesurent la constance.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep the results:</source>
        <translation>&amp;Conserver les résultats :</translation>
    </message>
    <message>
        <source>Encrypted in the vault</source>
        <translation>Chiffrés dans le coffre</translation>
    </message>
    <message>
        <source>In a folder</source>
        <translation>Dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Dossier de &amp;sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>In the &amp;vault:</source>
        <translation>Dans le co&amp;ffre :</translation>
    </message>
    <message>
        <source>Evaluations kept in the vault</source>
        <translation>Évaluations conservées dans le coffre</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Show a finished evaluation; a stopped one fills in its settings, for Resume</source>
        <translation>Affiche une évaluation terminée ; une évaluation arrêtée remplit ses réglages, pour Reprendre</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Dé&amp;marrer</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l’instant)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n answers</source>
        <translation>
            <numerusform>arrêtée après %n réponse</numerusform>
            <numerusform>arrêtée après %n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Its settings are filled in: press Resume to continue it.</source>
        <translation>Ses réglages sont remplis : appuyez sur Reprendre pour la poursuivre.</translation>
    </message>
    <message>
        <source>Delete evaluation</source>
        <translation>Supprimer l’évaluation</translation>
    </message>
    <message>
        <source>Delete this evaluation and all its answers from the vault? This cannot be undone.</source>
        <translation>Supprimer cette évaluation et toutes ses réponses du coffre ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The evaluation was deleted.</source>
        <translation>L’évaluation a été supprimée.</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Dossier du rapport</translation>
    </message>
    <message>
        <source>The report, results.json and cases.csv are in {out}.</source>
        <translation>Le rapport, results.json et cases.csv sont dans {out}.</translation>
    </message>
    <message>
        <source>No program opened {page}; open it from its folder.</source>
        <translation>Aucun programme n’a ouvert {page} ; ouvrez-le depuis son dossier.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Continue a stopped evaluation: the one in the output folder, or in the vault the one of the same dataset, packs, runs and seed</source>
        <translation>Poursuivre une évaluation arrêtée : celle du dossier de sortie, ou dans le coffre celle du même jeu de données, des mêmes packs, passages et graine</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Enregistrer le &amp;rapport…</translation>
    </message>
    <message>
        <source>Write report.html, report.pdf, results.json and cases.csv into a folder you choose</source>
        <translation>Écrire report.html, report.pdf, results.json et cases.csv dans un dossier de votre choix</translation>
    </message>
    <message>
        <source>Open report.html, with the plots; report.pdf is beside it</source>
        <translation>Ouvrir report.html, avec les graphiques ; report.pdf est à côté</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Dataset: a folder of class folders</source>
        <translation>Jeu de données&#xa0;: un dossier de dossiers par classe</translation>
    </message>
    <message>
        <source>Dataset: a list of photos</source>
        <translation>Jeu de données&#xa0;: une liste de photos</translation>
    </message>
    <message>
        <source>Case lists (*.csv *.json)</source>
        <translation>Listes de cas (*.csv *.json)</translation>
    </message>
    <message>
        <source>Folder for the results</source>
        <translation>Dossier des résultats</translation>
    </message>
    <message>
        <source>The output folder already holds an evaluation: press Resume to continue it, or choose another folder.</source>
        <translation>Le dossier de sortie contient déjà une évaluation : appuyez sur Reprendre pour la poursuivre, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Loading the dataset and the first pack…</source>
        <translation>Chargement du jeu de données et du premier paquet…</translation>
    </message>
    <message>
        <source>{pack} (pack {index} of {count}): {done} of {total} answers</source>
        <translation>{pack} (paquet {index} sur {count})&#xa0;: {done} réponses sur {total}</translation>
    </message>
    <message>
        <source>{progress}, about {time} left</source>
        <translation>{progress}, encore environ {time}</translation>
    </message>
    <message>
        <source>Done. The report, results.json and cases.csv are in {out}.</source>
        <translation>Terminé. Le rapport, results.json et cases.csv sont dans {out}.</translation>
    </message>
    <message>
        <source>Done. The results are kept encrypted in the vault; Save report… writes them into a folder.</source>
        <translation>Terminé. Les résultats sont conservés chiffrés dans le coffre ; Enregistrer le rapport… les écrit dans un dossier.</translation>
    </message>
    <message>
        <source>Stopped. The answers so far are kept: press Resume to continue.</source>
        <translation>Arrêté. Les réponses obtenues sont conservées : appuyez sur Reprendre pour continuer.</translation>
    </message>
    <message>
        <source>{pack} needs its license accepted first: load it once from Model packs to read and accept it.</source>
        <translation>La licence de {pack} doit d’abord être acceptée&#xa0;: chargez-le une fois depuis Paquets de modèle pour la lire et l’accepter.</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>une erreur inattendue ({type})</translation>
    </message>
    <message>
        <source>The evaluation stopped: {reason}.</source>
        <translation>L’évaluation s’est arrêtée&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>Pack evaluation on your own cases</source>
        <translation>Évaluation des packs sur vos propres cas</translation>
    </message>
    <message>
        <source>This measures how often each pack&apos;s description names the labelled condition on these photos. It is not a clinical validation: the numbers hold for these cases and labels only.</source>
        <translation>Ceci mesure à quelle fréquence la description de chaque pack nomme l’affection étiquetée sur ces photos. Ce n’est pas une validation clinique : les chiffres ne valent que pour ces cas et ces étiquettes.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Top-1 accuracy</source>
        <translation>Exactitude top-1</translation>
    </message>
    <message>
        <source>Top-3 accuracy</source>
        <translation>Exactitude top-3</translation>
    </message>
    <message>
        <source>Consistency across runs</source>
        <translation>Cohérence entre les passages</translation>
    </message>
    <message>
        <source>n/a (one run)</source>
        <translation>s.o. (un seul passage)</translation>
    </message>
    <message>
        <source>Worst skin-type group (top-1)</source>
        <translation>Groupe de phototype le moins bien servi (top-1)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>{group}: {value} % ({gap} points below the best)</source>
        <translation>{group} : {value} % ({gap} points sous le meilleur)</translation>
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
        <translation>McNemar : {b} cas justes seulement avec le premier, {c} seulement avec le second ; p = {p}</translation>
    </message>
    <message>
        <source>Rows not used ({count})</source>
        <translation>Lignes non utilisées ({count})</translation>
    </message>
    <message>
        <source>No plots: this installation has no matplotlib (the installed app leaves it out); run the evaluation from a source install for them. The figures above are complete.</source>
        <translation>Pas de graphiques : cette installation n’a pas matplotlib (l’application installée ne l’inclut pas) ; lancez l’évaluation depuis une installation des sources pour les obtenir. Les chiffres ci-dessus sont complets.</translation>
    </message>
    <message>
        <source>{pack}: confusion matrix</source>
        <translation>{pack} : matrice de confusion</translation>
    </message>
    <message>
        <source>answer (first run, top 1)</source>
        <translation>réponse (premier passage, top 1)</translation>
    </message>
    <message>
        <source>label</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>{pack}: accuracy by skin type</source>
        <translation>{pack} : exactitude par phototype</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Phototype de Fitzpatrick</translation>
    </message>
    <message>
        <source>top-1 accuracy (95 % CI)</source>
        <translation>exactitude top-1 (IC 95 %)</translation>
    </message>
    <message>
        <source>SkinGPT Desktop {version} · pack evaluation · page {page} of {pages}</source>
        <translation>SkinGPT Desktop {version} · évaluation des packs · page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to SkinGPT Desktop</source>
        <translation>Bienvenue dans SkinGPT Desktop</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Langue de l’application</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Avertissement médical</translation>
    </message>
    <message>
        <source>I have read and understood: SkinGPT Desktop gives information, &amp;not a diagnosis.</source>
        <translation>J’ai lu et compris&#xa0;: SkinGPT Desktop fournit des informations, &amp;pas un diagnostic.</translation>
    </message>
    <message>
        <source>Accept the medical disclaimer</source>
        <translation>Accepter l’avertissement médical</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Create your encrypted vault&lt;/h3&gt;&lt;p&gt;Photos, patients and conversations are stored only on this computer, encrypted with a key made from your passphrase. Choose a passphrase of several random words.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Créez votre coffre-fort chiffré&lt;/h3&gt;&lt;p&gt;Les photos, les patients et les conversations sont enregistrés uniquement sur cet ordinateur, chiffrés avec une clé dérivée de votre phrase secrète. Choisissez une phrase secrète de plusieurs mots pris au hasard.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Conseils sur la phrase secrète</translation>
    </message>
    <message>
        <source>Also create a &amp;recovery key (recommended)</source>
        <translation>Créer aussi une clé de &amp;secours (recommandé)</translation>
    </message>
    <message>
        <source>Without the passphrase or the recovery key the data in this vault cannot be recovered by anyone, including the makers of SkinGPT Desktop.</source>
        <translation>Sans la phrase secrète ni la clé de secours, personne ne pourra récupérer les données de ce coffre-fort, pas même les auteurs de SkinGPT Desktop.</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>État du coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre-fort</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your recovery key&lt;/h3&gt;&lt;p&gt;This key opens the vault if you forget the passphrase. It is shown &lt;b&gt;only now&lt;/b&gt;: write it down or print it and keep it somewhere safe, away from this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Votre clé de secours&lt;/h3&gt;&lt;p&gt;Cette clé ouvre le coffre-fort si vous oubliez la phrase secrète. Elle n’est affichée &lt;b&gt;que maintenant&lt;/b&gt;&#xa0;: notez-la ou imprimez-la et conservez-la en lieu sûr, loin de cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down or stored it safely</source>
        <translation>J’ai &amp;noté la clé de secours ou je l’ai conservée en lieu sûr</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Choose a model pack&lt;/h3&gt;&lt;p&gt;A model pack holds the SkinGPT-4 model converted for this app. Import one from a folder or USB drive, or download one. You can also do this later from the Model menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Choisissez un paquet de modèle&lt;/h3&gt;&lt;p&gt;Un paquet de modèle contient le modèle SkinGPT-4 converti pour cette application. Importez-en un depuis un dossier ou une clé USB, ou téléchargez-en un. Vous pourrez aussi le faire plus tard depuis le menu Modèle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Installed model packs</source>
        <translation>Paquets de modèle installés</translation>
    </message>
    <message>
        <source>&amp;Install or manage packs…</source>
        <translation>&amp;Installer ou gérer les paquets…</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Creating your encrypted vault… (deriving the key takes a moment on purpose)</source>
        <translation>Création de votre coffre-fort chiffré… (le calcul de la clé prend volontairement un moment)</translation>
    </message>
    <message>
        <source>The vault could not be created: {reason}</source>
        <translation>Le coffre-fort n’a pas pu être créé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de secours</translation>
    </message>
    <message>
        <source>SkinGPT recovery key.txt</source>
        <comment>file name</comment>
        <translation>Clé de secours SkinGPT.txt</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <comment>file type filter: keep (*.txt)</comment>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>The recovery key was not saved: {reason}</source>
        <translation>La clé de secours n’a pas été enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Saved to {file}. Move it off this computer (a USB stick, a printout) and keep it safe.</source>
        <translation>Enregistrée dans {file}. Sortez-la de cet ordinateur (clé USB, impression) et conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>The recovery key was sent to the printer.</source>
        <translation>La clé de secours a été envoyée à l’imprimante.</translation>
    </message>
    <message>
        <source>Looking for model packs…</source>
        <translation>Recherche des paquets de modèle…</translation>
    </message>
    <message>
        <source>No model pack installed yet.</source>
        <translation>Aucun paquet de modèle n’est encore installé.</translation>
    </message>
    <message>
        <source>The installed packs could not be listed ({type}).</source>
        <translation>Impossible d’afficher la liste des paquets installés ({type}).</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Quit SkinGPT Desktop?</source>
        <translation>Quitter SkinGPT Desktop&#xa0;?</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Compare visits of this spot</source>
        <translation>Comparer les visites de cette zone</translation>
    </message>
    <message>
        <source>&amp;Change since the earlier visit:</source>
        <translation>&amp;Changement depuis la visite précédente&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. larger, edge now irregular</source>
        <translation>p. ex. plus grande, bord devenu irrégulier</translation>
    </message>
    <message>
        <source>Change since the earlier visit</source>
        <translation>Changement depuis la visite précédente</translation>
    </message>
    <message>
        <source>Sa&amp;ve note</source>
        <translation>Enregistrer la &amp;note</translation>
    </message>
    <message>
        <source>Question about both photos</source>
        <translation>Question sur les deux photos</translation>
    </message>
    <message>
        <source>&amp;Ask about both photos</source>
        <translation>&amp;Interroger sur les deux photos</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Earlier visit</source>
        <translation>Visite précédente</translation>
    </message>
    <message>
        <source>Later visit</source>
        <translation>Visite suivante</translation>
    </message>
    <message>
        <source>Loading the visits…</source>
        <translation>Chargement des visites…</translation>
    </message>
    <message>
        <source>This visit is not linked to another one yet: edit a later case and choose this one under Same spot as.</source>
        <translation>Cette visite n’est encore liée à aucune autre&#xa0;: modifiez un cas ultérieur et choisissez celle-ci sous «&#xa0;Même zone que&#xa0;».</translation>
    </message>
    <message>
        <source>Change noted: {note}</source>
        <translation>Changement noté&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Model output, not a diagnosis</source>
        <translation>Texte produit par le modèle, pas un diagnostic</translation>
    </message>
    <message numerus="yes">
        <source>{earlier} → {later} · days between the visits: %n</source>
        <translation>
            <numerusform>{earlier} → {later} · jours entre les visites&#xa0;: %n</numerusform>
            <numerusform>{earlier} → {later} · jours entre les visites&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The change note was saved.</source>
        <translation>La note de changement a été enregistrée.</translation>
    </message>
    <message>
        <source>Both photos answered.</source>
        <translation>Réponses obtenues pour les deux photos.</translation>
    </message>
    <message>
        <source>Asking about the photo of {date}…</source>
        <translation>Question sur la photo du {date}…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêtée.</translation>
    </message>
    <message>
        <source>Load a model pack to ask about the photos</source>
        <translation>Chargez un paquet de modèle pour interroger sur les photos</translation>
    </message>
</context>
<context>
    <name>Installer</name>
    <message>
        <source>{name}: only packs installed in the app&apos;s packs folder can be removed here</source>
        <translation>{name}&#xa0;: seuls les paquets installés dans le dossier des paquets de l’application peuvent être supprimés ici</translation>
    </message>
    <message>
        <source>{where}: pack name &apos;{name}&apos; cannot be used as a folder name</source>
        <translation>{where}&#xa0;: le nom de paquet «&#xa0;{name}&#xa0;» ne peut pas servir de nom de dossier</translation>
    </message>
    <message>
        <source>{folder}: no {manifest} here; choose the pack&apos;s folder</source>
        <translation>{folder}&#xa0;: aucun fichier {manifest} ici&#xa0;; choisissez le dossier du paquet</translation>
    </message>
    <message>
        <source>a pack named &apos;{name}&apos; is already installed</source>
        <translation>un paquet nommé «&#xa0;{name}&#xa0;» est déjà installé</translation>
    </message>
    <message>
        <source>{file}: missing (the pack folder is incomplete)</source>
        <translation>{file}&#xa0;: fichier manquant (le dossier du paquet est incomplet)</translation>
    </message>
    <message>
        <source>{file}: size is {size} bytes, the manifest says {expected}</source>
        <translation>{file}&#xa0;: la taille est de {size} octets, alors que le manifeste indique {expected}</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the manifest (damaged or altered file); nothing was installed</source>
        <translation>{file}&#xa0;: le SHA-256 ne correspond pas au manifeste (fichier endommagé ou modifié)&#xa0;; rien n’a été installé</translation>
    </message>
    <message>
        <source>Cannot reach {host}: {reason}. This computer seems to be offline or a firewall blocks the connection. Connect to the internet and try again, or copy the pack from another computer and use Import from folder.</source>
        <translation>Impossible de joindre {host}&#xa0;: {reason}. Cet ordinateur semble hors ligne, ou un pare-feu bloque la connexion. Connectez-vous à Internet et réessayez, ou copiez le paquet depuis un autre ordinateur et utilisez Importer depuis un dossier.</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be looked up</source>
        <translation>le nom du serveur est introuvable</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>pas de réponse en {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>{name} was not found (HTTP 404): check the repository id and that it holds a SkinGPT Desktop model pack</source>
        <translation>{name} est introuvable (HTTP 404)&#xa0;: vérifiez l’identifiant du dépôt et que celui-ci contient bien un paquet de modèle SkinGPT Desktop</translation>
    </message>
    <message>
        <source>access to {name} was refused (HTTP {code}): the repository is private or gated; download it in a browser after accepting its terms, then import it</source>
        <translation>l’accès à {name} a été refusé (HTTP {code})&#xa0;: le dépôt est privé ou à accès restreint&#xa0;; téléchargez-le dans un navigateur après avoir accepté ses conditions, puis importez-le</translation>
    </message>
    <message>
        <source>the server answered HTTP {code} for {name}; try again later</source>
        <translation>le serveur a répondu HTTP {code} pour {name}&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a repository id (expected owner/name)</source>
        <translation>«&#xa0;{repo}&#xa0;» n’est pas un identifiant de dépôt (format attendu&#xa0;: propriétaire/nom)</translation>
    </message>
    <message>
        <source>{repo}: {manifest} is too large to be a pack manifest</source>
        <translation>{repo}&#xa0;: {manifest} est trop volumineux pour être le manifeste d’un paquet</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the pack manifest; the download was damaged or altered and has been deleted. Nothing was installed.</source>
        <translation>{file}&#xa0;: le SHA-256 ne correspond pas au manifeste du paquet&#xa0;; le fichier téléchargé était endommagé ou modifié et a été supprimé. Rien n’a été installé.</translation>
    </message>
    <message>
        <source>{file}: the connection was lost after {have} of {size} bytes ({error}); press Download again to resume from there</source>
        <translation>{file}&#xa0;: la connexion a été perdue après {have} octets sur {size} ({error})&#xa0;; cliquez de nouveau sur Télécharger pour reprendre à partir de là</translation>
    </message>
    <message>
        <source>Downloads are switched off on this computer (the HF_HUB_OFFLINE setting). Unset it to download, or copy the pack from another computer and use Import from folder.</source>
        <translation>Les téléchargements sont désactivés sur cet ordinateur (le réglage HF_HUB_OFFLINE). Retirez-le pour télécharger, ou copiez le paquet depuis un autre ordinateur et utilisez Importer depuis un dossier.</translation>
    </message>
    <message>
        <source>Not enough free disk space in {folder}: the download needs {need} and {free} are free. Free some space and try again.</source>
        <translation>Espace disque insuffisant dans {folder}&#xa0;: le téléchargement a besoin de {need} et {free} sont libres. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>{file}: cannot write the download ({error})</source>
        <translation>{file}&#xa0;: impossible d’écrire le téléchargement ({error})</translation>
    </message>
    <message>
        <source>{file}: Hugging Face publishes no hash for this file, so it cannot be checked; nothing was installed</source>
        <translation>{file}&#xa0;: Hugging Face ne publie aucune empreinte pour ce fichier, il ne peut donc pas être vérifié&#xa0;; rien n’a été installé</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the hash Hugging Face publishes; the download was damaged or altered and has been deleted. Nothing was installed.</source>
        <translation>{file}&#xa0;: le SHA-256 ne correspond pas à l’empreinte publiée par Hugging Face&#xa0;; le fichier téléchargé était endommagé ou modifié et a été supprimé. Rien n’a été installé.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be downloaded: it is not a plain file path inside the repository</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être téléchargé&#xa0;: ce n’est pas un simple chemin de fichier dans le dépôt</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <source>Accept the license</source>
        <translation>Accepter la licence</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>{model} is provided under its own license, which you must accept before you download and use it.</source>
        <translation>{model} est fourni sous sa propre licence, que vous devez accepter avant de le télécharger et de l’utiliser.</translation>
    </message>
    <message>
        <source>Read the license on the model’s page before accepting.</source>
        <translation>Lisez la licence sur la page du modèle avant d’accepter.</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>Usage prévu&#xa0;:</translation>
    </message>
    <message>
        <source>Known limits:</source>
        <translation>Limites connues&#xa0;:</translation>
    </message>
    <message>
        <source>{pack} may only be used under its license&apos;s terms. Read them and accept them to use this model pack.</source>
        <translation>{pack} ne peut être utilisé que selon les termes de sa licence. Lisez-les et acceptez-les pour utiliser ce paquet de modèle.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The vault is locked</source>
        <translation>Le coffre-fort est verrouillé</translation>
    </message>
    <message>
        <source>Patients, photos and conversations are encrypted. Enter your passphrase to open them.</source>
        <translation>Les patients, les photos et les conversations sont chiffrés. Saisissez votre phrase secrète pour y accéder.</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Utiliser plutôt la clé de &amp;secours</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Déverrouiller le coffre-fort</translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation>État du déverrouillage</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Le verrouillage des majuscules est activé.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;secours&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlocking… (deriving the key takes a moment on purpose)</source>
        <translation>Déverrouillage… (le calcul de la clé prend volontairement un moment)</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Compare it with the saved or printed copy and try again. Nothing was changed.</source>
        <translation>Cette clé de secours n’ouvre pas ce coffre-fort. Comparez-la avec la copie enregistrée ou imprimée, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check the spelling and whether Caps Lock is on, then try again. Nothing was changed.</source>
        <translation>Cette phrase secrète n’ouvre pas ce coffre-fort. Vérifiez l’orthographe et si le verrouillage des majuscules est activé, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault could not be opened: {reason}</source>
        <translation>Le coffre-fort n’a pas pu être ouvert&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Add a photo from a file</source>
        <translation>Ajouter une photo depuis un fichier</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>Coller une photo</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Ask clinical question 1 to 4</source>
        <translation>Poser la question clinique 1 à 4</translation>
    </message>
    <message>
        <source>Ask all four clinical questions</source>
        <translation>Poser les quatre questions cliniques</translation>
    </message>
    <message>
        <source>Go to the question box</source>
        <translation>Aller à la zone de question</translation>
    </message>
    <message>
        <source>Stop the answer being written</source>
        <translation>Arrêter la réponse en cours</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Enregistrer le cas</translation>
    </message>
    <message>
        <source>Report: warning signs, summary, PDFs</source>
        <translation>Rapport&#xa0;: signes d’alerte, résumé, PDF</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau cas</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des cas</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Verrouiller le coffre-fort</translation>
    </message>
    <message>
        <source>Model packs</source>
        <translation>Paquets de modèle</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Loading the vision model</source>
        <translation>Chargement du modèle de vision</translation>
    </message>
    <message>
        <source>Loading the language model</source>
        <translation>Chargement du modèle de langage</translation>
    </message>
    <message>
        <source>Measuring whether speculative decoding is faster on this computer</source>
        <translation>Mesure de la vitesse du décodage spéculatif sur cet ordinateur</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Cette installation</translation>
    </message>
    <message>
        <source>Checking llama.cpp…</source>
        <translation>Vérification de llama.cpp…</translation>
    </message>
    <message>
        <source>SkinGPT Desktop {version}</source>
        <translation>SkinGPT Desktop {version}</translation>
    </message>
    <message>
        <source>An offline dermatology assistant that runs SkinGPT-4 model packs on this computer. Photos and conversations never leave it.</source>
        <translation>Un assistant de dermatologie hors ligne qui exécute des paquets de modèle SkinGPT-4 sur cet ordinateur. Les photos et les conversations n’en sortent jamais.</translation>
    </message>
    <message>
        <source>It gives information, not a diagnosis.</source>
        <translation>Il fournit des informations, pas un diagnostic.</translation>
    </message>
    <message>
        <source>No model pack loaded</source>
        <translation>Aucun paquet de modèle chargé</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>SkinGPT Desktop</source>
        <translation>SkinGPT Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau cas</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>&amp;Ajouter une photo…</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>&amp;Coller une photo</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>Ca&amp;méra…</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Enregistrer le cas</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>&amp;Verrouiller le coffre-fort</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>C&amp;hanger la phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Sauvegarder le coffre-fort…</translation>
    </message>
    <message>
        <source>R&amp;estore from backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Sal&amp;vage a damaged vault…</source>
        <translation>&amp;Sauver un coffre endommagé…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Model &amp;packs…</source>
        <translation>&amp;Paquets de modèle…</translation>
    </message>
    <message>
        <source>&amp;Evaluate a pack…</source>
        <translation>É&amp;valuer un paquet…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <source>Go to the &amp;question box</source>
        <translation>Aller à la zone de &amp;question</translation>
    </message>
    <message>
        <source>Medical &amp;disclaimer</source>
        <translation>Avertissement &amp;médical</translation>
    </message>
    <message>
        <source>&amp;Photo tips</source>
        <translation>&amp;Conseils pour les photos</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Warning signs, summary and urgency, PDFs (Ctrl+R)</source>
        <translation>Signes d’alerte, résumé et urgence, PDF (Ctrl+R)</translation>
    </message>
    <message>
        <source>Model pack status</source>
        <translation>État du paquet de modèle</translation>
    </message>
    <message>
        <source>Lock vault</source>
        <translation>Verrouiller le coffre-fort</translation>
    </message>
    <message>
        <source>Save this case before locking? Unsaved photos and answers are removed from the screen when the vault locks.</source>
        <translation>Enregistrer ce cas avant de verrouiller&#xa0;? Les photos et les réponses non enregistrées disparaissent de l’écran quand le coffre-fort se verrouille.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n min without use.</source>
        <translation>
            <numerusform>Verrouillé après %n min d’inactivité.</numerusform>
            <numerusform>Verrouillé après %n min d’inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved case</source>
        <translation>Cas non enregistré</translation>
    </message>
    <message>
        <source>Discard the photos and answers that are not saved?</source>
        <translation>Abandonner les photos et les réponses non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation>Rien à enregistrer pour l’instant.</translation>
    </message>
    <message>
        <source>Saved: {title}</source>
        <translation>Enregistré&#xa0;: {title}</translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>Le cas n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Parts of this case could not be read: {problems}</source>
        <translation>Certaines parties de ce cas n’ont pas pu être lues&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>Le cas n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>The case was not deleted</source>
        <translation>Le cas n’a pas été supprimé</translation>
    </message>
    <message>
        <source>The patient was not deleted</source>
        <translation>Le patient n’a pas été supprimé</translation>
    </message>
    <message>
        <source>Cases could not be listed</source>
        <translation>Impossible d’afficher la liste des cas</translation>
    </message>
    <message>
        <source>{what}: {detail}</source>
        <translation>{what}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Evaluation running</source>
        <translation>Évaluation en cours</translation>
    </message>
    <message>
        <source>An evaluation is running. Quit and stop it? The answers so far are kept: Resume continues it later.</source>
        <translation>Une évaluation est en cours. Quitter et l’arrêter ? Les réponses obtenues sont conservées : Reprendre la poursuivra plus tard.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre-fort</translation>
    </message>
    <message>
        <source>The vault passphrase was changed.</source>
        <translation>La phrase secrète du coffre-fort a été changée.</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>Paquet de modèle</translation>
    </message>
    <message>
        <source>{problem}. The last used model pack is loaded instead.</source>
        <translation>{problem}. Le dernier paquet de modèle utilisé est chargé à la place.</translation>
    </message>
    <message>
        <source>Wait for the answer to finish (or press Stop) before changing the model pack.</source>
        <translation>Attendez la fin de la réponse (ou cliquez sur Arrêter) avant de changer de paquet de modèle.</translation>
    </message>
    <message>
        <source>Checking the model pack…</source>
        <translation>Vérification du paquet de modèle…</translation>
    </message>
    <message>
        <source>{pack} was not loaded: its license was not accepted.</source>
        <translation>{pack} n’a pas été chargé&#xa0;: sa licence n’a pas été acceptée.</translation>
    </message>
    <message>
        <source>Loading {pack}…</source>
        <translation>Chargement de {pack}…</translation>
    </message>
    <message>
        <source>{pack}: {stage}…</source>
        <translation>{pack}&#xa0;: {stage}…</translation>
    </message>
    <message>
        <source>The model pack could not be loaded ({type}: {exc})</source>
        <translation>Le paquet de modèle n’a pas pu être chargé ({type}&#xa0;: {exc})</translation>
    </message>
    <message>
        <source>Pack: {pack}</source>
        <translation>Paquet&#xa0;: {pack}</translation>
    </message>
    <message>
        <source>Loading the model pack…</source>
        <translation>Chargement du paquet de modèle…</translation>
    </message>
    <message>
        <source>Load a model pack to ask questions (Model ▸ Model packs).</source>
        <translation>Chargez un paquet de modèle pour poser des questions (Modèle ▸ Paquets de modèle).</translation>
    </message>
    <message>
        <source>Add a photo to ask about it.</source>
        <translation>Ajoutez une photo pour poser une question à son sujet.</translation>
    </message>
    <message>
        <source>Asking about photo {number} ({view})</source>
        <translation>Question sur la photo {number} ({view})</translation>
    </message>
    <message>
        <source>model pack: {pack}</source>
        <translation>paquet de modèle&#xa0;: {pack}</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Avertissement médical</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About SkinGPT Desktop</source>
        <translation>À propos de SkinGPT Desktop</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Masquer les &amp;détails</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>Build details</source>
        <translation>Détails de l&apos;installation</translation>
    </message>
    <message>
        <source>&amp;Copy build report</source>
        <translation>&amp;Copier le rapport de version</translation>
    </message>
    <message>
        <source>Copy build report</source>
        <translation>Copier le rapport de version</translation>
    </message>
    <message>
        <source>The build report could not be gathered ({error}).</source>
        <translation>Le rapport de version n’a pas pu être constitué ({error}).</translation>
    </message>
    <message>
        <source>Build report copied: paste it where support asks.</source>
        <translation>Rapport de version copié&#xa0;: collez-le là où l’assistance le demande.</translation>
    </message>
    <message>
        <source>Save this case before closing?</source>
        <translation>Enregistrer ce cas avant de fermer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Looking for model packs…</source>
        <translation>Recherche des paquets de modèle…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model pack is installed yet.&lt;/p&gt;&lt;p&gt;Import one from a folder or USB drive, or download one from Hugging Face.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun paquet de modèle n’est encore installé.&lt;/p&gt;&lt;p&gt;Importez-en un depuis un dossier ou une clé USB, ou téléchargez-en un depuis Hugging Face.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Downloading {file}</source>
        <translation>Téléchargement de {file}</translation>
    </message>
    <message>
        <source>Verifying {file}</source>
        <translation>Vérification de {file}</translation>
    </message>
    <message>
        <source>Copying and verifying {file}</source>
        <translation>Copie et vérification de {file}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>{what}&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <source> · {speed}/s · {time} left</source>
        <translation> · {speed}/s · temps restant&#xa0;: {time}</translation>
    </message>
    <message>
        <source>None stated</source>
        <translation>Aucune indiquée</translation>
    </message>
    <message>
        <source>{name} from {origin}</source>
        <translation>{name} (origine&#xa0;: {origin})</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>une quantité inconnue</translation>
    </message>
    <message>
        <source>RAM needed:</source>
        <translation>RAM nécessaire&#xa0;:</translation>
    </message>
    <message>
        <source>about {ram}; this computer has {have}.</source>
        <translation>environ {ram}&#xa0;; cet ordinateur en a {have}.</translation>
    </message>
    <message>
        <source>not stated by the pack; this computer has {have}.</source>
        <translation>non indiqué par le paquet&#xa0;; cet ordinateur a {have}.</translation>
    </message>
    <message>
        <source>Checking the GPU&apos;s memory…</source>
        <translation>Vérification de la mémoire du GPU…</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Attention&#xa0;:</translation>
    </message>
    <message>
        <source>The app asks the model to answer in the language chosen in Settings, but the model&apos;s answers in languages other than English are of limited quality: Llama 2&apos;s model card puts other languages out of scope. The app&apos;s fixed texts and the warning signs are always its own reviewed translations, never the model&apos;s.</source>
        <translation>L’application demande au modèle de répondre dans la langue choisie dans les Paramètres, mais les réponses du modèle dans d’autres langues que l’anglais sont de qualité limitée&#xa0;: la fiche du modèle Llama 2 exclut les autres langues de son champ d’application. Les textes fixes de l’application et les signes d’alerte sont toujours ses propres traductions relues, jamais celles du modèle.</translation>
    </message>
    <message>
        <source>The app asks the model to answer in the language chosen in Settings; how well it answers in languages other than English depends on the model (see its own model card). The app&apos;s fixed texts and the warning signs are always its own reviewed translations, never the model&apos;s.</source>
        <translation>L’application demande au modèle de répondre dans la langue choisie dans les Paramètres&#xa0;; la qualité de ses réponses dans d’autres langues que l’anglais dépend du modèle (voir sa propre fiche de modèle). Les textes fixes de l’application et les signes d’alerte sont toujours ses propres traductions relues, jamais celles du modèle.</translation>
    </message>
    <message>
        <source>This license must be accepted before the pack is first used: the app asks.</source>
        <translation>Cette licence doit être acceptée avant la première utilisation du paquet&#xa0;: l’application le demande.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Quantization:</source>
        <translation>Quantification&#xa0;:</translation>
    </message>
    <message>
        <source>Conversation format:</source>
        <translation>Format de conversation&#xa0;:</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>Provenance&#xa0;:</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>Usage prévu&#xa0;:</translation>
    </message>
    <message>
        <source>Known limits:</source>
        <translation>Limites connues&#xa0;:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>Converted from:</source>
        <translation>Converti à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>{repo}, revision {revision}</source>
        <translation>{repo}, révision {revision}</translation>
    </message>
    <message>
        <source>Downloaded from:</source>
        <translation>Téléchargé depuis&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 of the downloaded files (checked against Hugging Face):</source>
        <translation>SHA-256 des fichiers téléchargés (vérifiés auprès de Hugging Face)&#xa0;:</translation>
    </message>
    <message>
        <source>Model packs</source>
        <translation>Paquets de modèle</translation>
    </message>
    <message>
        <source>Installed model packs</source>
        <translation>Paquets de modèle installés</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Fiche du modèle</translation>
    </message>
    <message>
        <source>&amp;Use this pack</source>
        <translation>&amp;Utiliser ce paquet</translation>
    </message>
    <message>
        <source>&amp;Import from folder…</source>
        <translation>&amp;Importer depuis un dossier…</translation>
    </message>
    <message>
        <source>Import &amp;GGUF files…</source>
        <translation>Importer des fichiers &amp;GGUF…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Installed &amp;packs</source>
        <translation>&amp;Paquets installés</translation>
    </message>
    <message>
        <source>Cata&amp;logue</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>Download from Hugging Face</source>
        <translation>Télécharger depuis Hugging Face</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>propriétaire/nom</translation>
    </message>
    <message>
        <source>Repository id</source>
        <translation>Identifiant du dépôt</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Dépôt&#xa0;:</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Re&amp;vision:</source>
        <translation>Ré&amp;vision&#xa0;:</translation>
    </message>
    <message>
        <source>Downloads resume where they stopped, even after a restart, and every file is checked against the hash Hugging Face publishes and the pack&apos;s SHA-256 list before anything is installed.</source>
        <translation>Les téléchargements reprennent là où ils se sont arrêtés, même après un redémarrage, et chaque fichier est vérifié à l’aide de l’empreinte publiée par Hugging Face et de la liste SHA-256 du paquet avant toute installation.</translation>
    </message>
    <message>
        <source>Install progress</source>
        <translation>Progression de l’installation</translation>
    </message>
    <message>
        <source>Install status</source>
        <translation>État de l’installation</translation>
    </message>
    <message>
        <source>{pack} (in use)</source>
        <translation>{pack} (en cours d’utilisation)</translation>
    </message>
    <message>
        <source>{pack} (could not be loaded)</source>
        <translation>{pack} (n&apos;a pas pu être chargé)</translation>
    </message>
    <message>
        <source>The installed packs could not be listed ({type}).</source>
        <translation>Impossible d’afficher la liste des paquets installés ({type}).</translation>
    </message>
    <message>
        <source>This pack could not be loaded:</source>
        <translation>Ce pack n&apos;a pas pu être chargé :</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>Paquet de modèle</translation>
    </message>
    <message>
        <source>{advice}

Use this pack anyway?</source>
        <translation>{advice}

Utiliser ce paquet malgré tout&#xa0;?</translation>
    </message>
    <message>
        <source>Remove model pack</source>
        <translation>Supprimer le paquet de modèle</translation>
    </message>
    <message>
        <source>Delete the pack &apos;{pack}&apos; and its files from this computer?</source>
        <translation>Supprimer de cet ordinateur le paquet «&#xa0;{pack}&#xa0;» et ses fichiers&#xa0;?</translation>
    </message>
    <message>
        <source>Removing {pack}…</source>
        <translation>Suppression de {pack}…</translation>
    </message>
    <message>
        <source>Removed {pack}.</source>
        <translation>{pack} a été supprimé.</translation>
    </message>
    <message>
        <source>The pack could not be removed completely ({type}: {exc}).</source>
        <translation>Le paquet n’a pas pu être entièrement supprimé ({type}&#xa0;: {exc}).</translation>
    </message>
    <message>
        <source>Choose the model pack folder</source>
        <translation>Choisissez le dossier du paquet de modèle</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Enter a repository id such as owner/skingpt4-q4.</source>
        <translation>Saisissez un identifiant de dépôt, par exemple propriétaire/skingpt4-q4.</translation>
    </message>
    <message>
        <source>Connecting to download {repo}…</source>
        <translation>Connexion pour télécharger {repo}…</translation>
    </message>
    <message>
        <source>Choose the language model (.gguf)</source>
        <translation>Choisissez le modèle de langage (.gguf)</translation>
    </message>
    <message>
        <source>Choose its vision projector (mmproj .gguf)</source>
        <translation>Choisissez son projecteur de vision (mmproj .gguf)</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf)</source>
        <translation>Fichiers GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Building a model pack from {file}…</source>
        <translation>Création d’un paquet de modèle à partir de {file}…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was installed.</source>
        <translation>Annulé. Rien n’a été installé.</translation>
    </message>
    <message>
        <source>{pack} is already installed; remove it first to install it again.</source>
        <translation>{pack} est déjà installé&#xa0;; supprimez-le d’abord pour le réinstaller.</translation>
    </message>
    <message>
        <source>Connecting to download {pack}…</source>
        <translation>Connexion pour télécharger {pack}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Installed and verified: {pack}</source>
        <translation>Installé et vérifié&#xa0;: {pack}</translation>
    </message>
    <message>
        <source>The pack could not be installed ({type}: {exc}).</source>
        <translation>Le paquet n’a pas pu être installé ({type}&#xa0;: {exc}).</translation>
    </message>
    <message>
        <source>Cancelled. A download continues where it stopped when you press Download again.</source>
        <translation>Annulé. Le téléchargement reprendra là où il s’est arrêté lorsque vous cliquerez de nouveau sur Télécharger.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Too weak</source>
        <translation>Trop faible</translation>
    </message>
    <message>
        <source>Use at least 8 characters; four or more random words work well.</source>
        <translation>Utilisez au moins 8 caractères&#xa0;; quatre mots ou plus pris au hasard conviennent bien.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Add another word or two, or mix in digits and symbols.</source>
        <translation>Ajoutez un ou deux mots, ou mêlez-y des chiffres et des symboles.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good start; one more random word makes it much stronger.</source>
        <translation>Bon début&#xa0;; un mot de plus pris au hasard la rendra bien plus robuste.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>A good passphrase. Write it down somewhere safe.</source>
        <translation>Une bonne phrase secrète. Notez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <source>A strong passphrase. Write it down somewhere safe.</source>
        <translation>Une phrase secrète robuste. Notez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>It is built on a common word (“{word}”), one of the first guesses; use four or more random words.</source>
        <translation>Elle repose sur un mot courant (« {word} »), parmi les premiers essayés ; utilisez quatre mots aléatoires ou plus.</translation>
    </message>
    <message>
        <source>Repeated or consecutive characters are guessed quickly; use four or more random words.</source>
        <translation>Des caractères répétés ou consécutifs se devinent vite ; utilisez quatre mots aléatoires ou plus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}.&lt;/b&gt; {advice}</source>
        <translation>&lt;b&gt;{label}.&lt;/b&gt; {advice}</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>I: always burns, never tans (very pale skin)</source>
        <translation>I&#xa0;: brûle toujours, ne bronze jamais (peau très claire)</translation>
    </message>
    <message>
        <source>II: usually burns, tans with difficulty (fair skin)</source>
        <translation>II&#xa0;: brûle souvent, bronze difficilement (peau claire)</translation>
    </message>
    <message>
        <source>III: sometimes burns, tans gradually (light brown skin)</source>
        <translation>III&#xa0;: brûle parfois, bronze progressivement (peau mate claire)</translation>
    </message>
    <message>
        <source>IV: rarely burns, tans easily (moderate brown skin)</source>
        <translation>IV&#xa0;: brûle rarement, bronze facilement (peau mate)</translation>
    </message>
    <message>
        <source>V: very rarely burns, tans very easily (dark brown skin)</source>
        <translation>V&#xa0;: brûle très rarement, bronze très facilement (peau brun foncé)</translation>
    </message>
    <message>
        <source>VI: never burns (deeply pigmented, dark brown to black skin)</source>
        <translation>VI&#xa0;: ne brûle jamais (peau très pigmentée, brun foncé à noire)</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Modifier le patient</translation>
    </message>
    <message>
        <source>&amp;Name or ID:</source>
        <translation>&amp;Nom ou identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>Nom ou identifiant</translation>
    </message>
    <message>
        <source>&amp;Clinic number:</source>
        <translation>Numéro de &amp;dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Clinic patient number</source>
        <translation>Numéro de dossier à la clinique</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Année de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexe&#xa0;:</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>&amp;Village or contact:</source>
        <translation>&amp;Village ou contact&#xa0;:</translation>
    </message>
    <message>
        <source>Village or contact</source>
        <translation>Village ou contact</translation>
    </message>
    <message>
        <source>&amp;Fitzpatrick type:</source>
        <translation>Phototype de &amp;Fitzpatrick&#xa0;:</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Phototype de Fitzpatrick</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>&amp;Allergies&#xa0;:</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>V&amp;isits:</source>
        <translation>V&amp;isites&#xa0;:</translation>
    </message>
    <message>
        <source>Visits, oldest first</source>
        <translation>Visites, de la plus ancienne à la plus récente</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>e.g. penicillin; none known</source>
        <translation>ex. pénicilline&#xa0;; aucune connue</translation>
    </message>
    <message>
        <source>e.g. village, or a phone number</source>
        <translation>ex. village, ou numéro de téléphone</translation>
    </message>
    <message>
        <source>Double-click to open this visit</source>
        <translation>Double-cliquez pour ouvrir cette visite</translation>
    </message>
    <message>
        <source>No visits saved yet</source>
        <translation>Aucune visite enregistrée pour l’instant</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Close-up</source>
        <translation>Gros plan</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>close-up</source>
        <translation>gros plan</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>vue d’ensemble</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>résolution</translation>
    </message>
    <message>
        <source>blur</source>
        <translation>flou</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>trop sombre</translation>
    </message>
    <message>
        <source>bright</source>
        <translation>trop claire</translation>
    </message>
    <message>
        <source>{width} x {height} pixels</source>
        <translation>{width} x {height} pixels</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo quality: good&lt;/b&gt; ({size}). Sharp and well exposed.</source>
        <translation>&lt;b&gt;Qualité de la photo&#xa0;: bonne&lt;/b&gt; ({size}). Nette et bien exposée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo quality: consider retaking&lt;/b&gt; ({size})</source>
        <translation>&lt;b&gt;Qualité de la photo&#xa0;: mieux vaut la reprendre&lt;/b&gt; ({size})</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Selected photo</source>
        <translation>Photo sélectionnée</translation>
    </message>
    <message>
        <source>Photos of this case</source>
        <translation>Photos de ce cas</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of photo (close-up or wide)</source>
        <translation>Type de photo (gros plan ou vue d’ensemble)</translation>
    </message>
    <message>
        <source>Photo quality</source>
        <translation>Qualité de la photo</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>&amp;Ajouter une photo…</translation>
    </message>
    <message>
        <source>Add a photo from a file (Ctrl+O)</source>
        <translation>Ajouter une photo depuis un fichier (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste a photo from the clipboard</source>
        <translation>Coller une photo depuis le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>Ca&amp;méra…</translation>
    </message>
    <message>
        <source>Take a photo with a camera (Ctrl+Shift+C)</source>
        <translation>Prendre une photo avec une caméra (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected photo from this case</source>
        <translation>Retirer la photo sélectionnée de ce cas</translation>
    </message>
    <message>
        <source>Photo &amp;tips</source>
        <translation>Conseils pour les p&amp;hotos</translation>
    </message>
    <message>
        <source>How to take a photo the model can use</source>
        <translation>Comment prendre une photo exploitable par le modèle</translation>
    </message>
    <message>
        <source>Paste photo</source>
        <translation>Coller une photo</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Photos ({patterns});;All files (*)</source>
        <translation>Photos ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>The clipboard holds no photo. Copy an image or a photo file first.</source>
        <translation>Le presse-papiers ne contient aucune photo. Copiez d’abord une image ou un fichier photo.</translation>
    </message>
    <message>
        <source>The photo could not be opened ({type}).</source>
        <translation>La photo n’a pas pu être ouverte ({type}).</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>Vérification de la photo…</translation>
    </message>
    <message>
        <source>Photo quality good</source>
        <translation>Bonne qualité de photo</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Photo quality: {problems}</source>
        <translation>Qualité de la photo&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>{number}. {view}</source>
        <translation>{number}. {view}</translation>
    </message>
    <message>
        <source>Remove photo {number} from this case?</source>
        <translation>Retirer la photo {number} de ce cas&#xa0;?</translation>
    </message>
    <message>
        <source>Photo tips</source>
        <translation>Conseils pour les photos</translation>
    </message>
    <message>
        <source>Drop a photo here, paste one (Ctrl+V), or use Add photo (Ctrl+O).</source>
        <translation>Déposez une photo ici, collez-en une (Ctrl+V) ou utilisez Ajouter une photo (Ctrl+O).</translation>
    </message>
</context>
<context>
    <name>RecordFlows</name>
    <message>
        <source>The patient was not added</source>
        <translation>Le patient n’a pas été ajouté</translation>
    </message>
    <message>
        <source>The patient could not be opened</source>
        <translation>Le patient n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>The patient was not changed</source>
        <translation>Le patient n’a pas été modifié</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>Le cas n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>The case was not changed</source>
        <translation>Le cas n’a pas été modifié</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>SkinGPT Desktop vault recovery key</source>
        <translation>Clé de secours du coffre-fort SkinGPT Desktop</translation>
    </message>
    <message>
        <source>Opens the vault: {file}</source>
        <translation>Ouvre le coffre-fort&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Vault ID: {id}</source>
        <translation>Identifiant du coffre-fort&#xa0;: {id}</translation>
    </message>
    <message>
        <source>Made on: {date}</source>
        <translation>Créée le&#xa0;: {date}</translation>
    </message>
    <message>
        <source>This key opens the vault if the passphrase is forgotten. Anyone who has it and the vault file can read every record: keep it somewhere safe, away from this computer.</source>
        <translation>Cette clé ouvre le coffre-fort si la phrase secrète est oubliée. Quiconque la possède avec le fichier du coffre-fort peut lire tous les dossiers&#xa0;: conservez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Tick every warning sign &lt;b&gt;the patient has now&lt;/b&gt;. These questions are about the patient&apos;s symptoms, not about the photo. Fixed rules from public medical guidance use them to set how urgent this is; the model may at most suggest seeing a doctor within 2 weeks.</source>
        <translation>Cochez chaque signe d’alerte que &lt;b&gt;le patient présente actuellement&lt;/b&gt;. Ces questions portent sur les symptômes du patient, pas sur la photo. Des règles fixes issues de recommandations médicales publiques s’en servent pour fixer le degré d’urgence&#xa0;; le modèle peut tout au plus suggérer de voir un médecin dans les 2 semaines.</translation>
    </message>
    <message>
        <source>Writing the summary (one more answer from the model)… Cancel stops it.</source>
        <translation>Rédaction du résumé (une réponse de plus du modèle)… Annuler l’arrête.</translation>
    </message>
    <message>
        <source>This report will be stored in the vault with the case when you save the case (File ▸ Save case).</source>
        <translation>Ce rapport sera conservé dans le coffre-fort avec le cas lorsque vous enregistrerez le cas (Fichier ▸ Enregistrer le cas).</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>{names} already exists in this folder. Replace?</source>
        <translation>{names} existe déjà dans ce dossier. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>{names} already exist in this folder. Replace?</source>
        <translation>{names} existent déjà dans ce dossier. Les remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Replace reports</source>
        <translation>Remplacer les rapports</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d’alerte</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Aucun de ces signes</translation>
    </message>
    <message>
        <source>Writing the summary</source>
        <translation>Rédaction du résumé</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>&amp;Établir le rapport</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the summary, or close without a report</source>
        <translation>Arrêter le résumé, ou fermer sans rapport</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Warning signs ticked</source>
        <translation>Signes d’alerte cochés</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Résumé du rapport</translation>
    </message>
    <message>
        <source>Where the report is stored</source>
        <translation>Où le rapport est conservé</translation>
    </message>
    <message>
        <source>Saved files</source>
        <translation>Fichiers enregistrés</translation>
    </message>
    <message>
        <source>&amp;Save PDFs…</source>
        <translation>&amp;Enregistrer les PDF…</translation>
    </message>
    <message>
        <source>Write the patient and the clinician report into a folder</source>
        <translation>Enregistrer le rapport pour le patient et le rapport clinique dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Patient report…</source>
        <translation>Rapport pour le patient…</translation>
    </message>
    <message>
        <source>Clinician report…</source>
        <translation>Rapport clinique…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The report could not be made ({type}).</source>
        <translation>Le rapport n’a pas pu être établi ({type}).</translation>
    </message>
    <message>
        <source>Stopped: no report was made.</source>
        <translation>Arrêté&#xa0;: aucun rapport n’a été établi.</translation>
    </message>
    <message>
        <source>Storing the report in the vault…</source>
        <translation>Conservation du rapport dans le coffre-fort…</translation>
    </message>
    <message>
        <source>The report was not stored in the vault: {error}</source>
        <translation>Le rapport n’a pas été conservé dans le coffre-fort&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Stored in the vault with this case (encrypted).</source>
        <translation>Conservé dans le coffre-fort avec ce cas (chiffré).</translation>
    </message>
    <message>
        <source>Save the patient and clinician reports in…</source>
        <translation>Enregistrer les rapports pour le patient et clinique dans…</translation>
    </message>
    <message>
        <source>Writing the PDFs…</source>
        <translation>Écriture des PDF…</translation>
    </message>
    <message>
        <source>Saved {names} in {folder}.</source>
        <translation>{names} enregistré(s) dans {folder}.</translation>
    </message>
    <message>
        <source>The PDFs could not be written ({type}).</source>
        <translation>Les PDF n’ont pas pu être écrits ({type}).</translation>
    </message>
    <message>
        <source>The patient report was sent to the printer.</source>
        <translation>Le rapport pour le patient a été envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>The clinician report was sent to the printer.</source>
        <translation>Le rapport clinique a été envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Restoring adds the records of a backup that this vault does not have. Records already here are kept as they are: nothing is overwritten. The backup is checked completely first, and nothing is written if any part of it is damaged.</source>
        <translation>La restauration ajoute les enregistrements de la sauvegarde que ce coffre-fort ne contient pas. Les enregistrements déjà présents sont conservés tels quels&#xa0;: rien n’est écrasé. La sauvegarde est d’abord entièrement vérifiée, et rien n’est écrit si une partie est endommagée.</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>Fichier de &amp;sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose a backup file (.skgbackup)</source>
        <translation>Choisissez un fichier de sauvegarde (.skgbackup)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>A backup opens with the vault passphrase of the computer that made it, or with its own passphrase if it was given one.</source>
        <translation>Une sauvegarde s’ouvre avec la phrase secrète du coffre-fort de l’ordinateur qui l’a créée, ou avec sa propre phrase secrète si elle en a reçu une.</translation>
    </message>
    <message>
        <source>Cases in the backup</source>
        <translation>Cas de la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Check backup</source>
        <translation>&amp;Vérifier la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>%v enregistrements sur %m</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Choisissez une sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>SkinGPT backups (*.skgbackup);;All files (*)</source>
        <translation>Sauvegardes SkinGPT (*.skgbackup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking every record of the backup…</source>
        <translation>Vérification de chaque enregistrement de la sauvegarde…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was written.</source>
        <translation>La vérification a été arrêtée. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The backup is intact. Restore adds what is listed.</source>
        <translation>La sauvegarde est intacte. La restauration ajoute les éléments listés.</translation>
    </message>
    <message>
        <source>Everything in this backup is already in the vault: restoring it would add nothing.</source>
        <translation>Tout le contenu de cette sauvegarde est déjà dans le coffre-fort&#xa0;: la restaurer n’ajouterait rien.</translation>
    </message>
    <message>
        <source>the whole vault</source>
        <translation>tout le coffre-fort</translation>
    </message>
    <message>
        <source>one case</source>
        <translation>un cas</translation>
    </message>
    <message>
        <source>A backup of {scope}, made {date}.</source>
        <translation>Une sauvegarde de {scope}, créée le {date}.</translation>
    </message>
    <message>
        <source>To be added: cases {case}, patients {patient}, photos {photo}, reports {report}.</source>
        <translation>À ajouter&#xa0;: cas {case}, patients {patient}, photos {photo}, rapports {report}.</translation>
    </message>
    <message>
        <source>{case} (already in this vault: kept as it is)</source>
        <translation>{case} (déjà dans ce coffre-fort&#xa0;: conservé tel quel)</translation>
    </message>
    <message numerus="yes">
        <source>Records of the backup already in this vault, which will be kept as they are: %n.</source>
        <translation>
            <numerusform>Enregistrements de la sauvegarde déjà présents dans ce coffre-fort, qui seront conservés tels quels&#xa0;: %n.</numerusform>
            <numerusform>Enregistrements de la sauvegarde déjà présents dans ce coffre-fort, qui seront conservés tels quels&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>{title} · no patient</source>
        <translation>{title} · aucun patient</translation>
    </message>
    <message>
        <source>unnamed patient</source>
        <translation>patient sans nom</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>Restoring… every record is checked again as it is added.</source>
        <translation>Restauration… chaque enregistrement est revérifié au moment de son ajout.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was added to the vault.</source>
        <translation>La restauration a été annulée&#xa0;; rien n’a été ajouté au coffre-fort.</translation>
    </message>
    <message numerus="yes">
        <source>Records restored from the backup: %n.</source>
        <translation>
            <numerusform>Enregistrements restaurés depuis la sauvegarde&#xa0;: %n.</numerusform>
            <numerusform>Enregistrements restaurés depuis la sauvegarde&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records already in the vault, kept as they were: %n.</source>
        <translation>
            <numerusform>Enregistrements déjà présents dans le coffre-fort, conservés tels quels&#xa0;: %n.</numerusform>
            <numerusform>Enregistrements déjà présents dans le coffre-fort, conservés tels quels&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Nothing was written.</source>
        <translation>Cette phrase secrète n’ouvre pas cette sauvegarde. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>une erreur inattendue ({type})</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}.</source>
        <translation>Rien n’a été restauré&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}. Nothing was written.</source>
        <translation>Ce fichier ne peut pas être restauré&#xa0;: {reason}. Rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>SaveCaseDialog</name>
    <message>
        <source>Save case</source>
        <translation>Enregistrer le cas</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>Modifier le cas</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient&#xa0;:</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titre du cas</translation>
    </message>
    <message>
        <source>&amp;Body site:</source>
        <translation>&amp;Localisation&#xa0;:</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>&amp;Symptoms:</source>
        <translation>&amp;Symptômes&#xa0;:</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>État du cas</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Ét&amp;at&#xa0;:</translation>
    </message>
    <message>
        <source>Same s&amp;pot as:</source>
        <translation>Même &amp;zone que&#xa0;:</translation>
    </message>
    <message>
        <source>Earlier visit of this spot</source>
        <translation>Visite précédente de cette zone</translation>
    </message>
    <message>
        <source>C&amp;hange since then:</source>
        <translation>C&amp;hangement depuis&#xa0;:</translation>
    </message>
    <message>
        <source>What changed since the earlier visit</source>
        <translation>Ce qui a changé depuis la visite précédente</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>e.g. larger, edge now irregular</source>
        <translation>p. ex. plus grande, bord devenu irrégulier</translation>
    </message>
    <message>
        <source>No patient (anonymous case)</source>
        <translation>Aucun patient (cas anonyme)</translation>
    </message>
    <message>
        <source>{patient} (new)</source>
        <translation>{patient} (nouveau)</translation>
    </message>
    <message>
        <source>(age {age})</source>
        <translation>({age} ans)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <source>Allergies:</source>
        <translation>Allergies :</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Cas sans titre</translation>
    </message>
    <message>
        <source>Onset: {onset}</source>
        <translation>Début&#xa0;: {onset}</translation>
    </message>
    <message>
        <source>Symptoms: {symptoms}</source>
        <translation>Symptômes&#xa0;: {symptoms}</translation>
    </message>
    <message>
        <source>Follow-up of {visit}</source>
        <translation>Suivi de {visit}</translation>
    </message>
    <message>
        <source>Change: {note}</source>
        <translation>Changement&#xa0;: {note}</translation>
    </message>
    <message>
        <source>e.g. left forearm</source>
        <translation>p. ex. avant-bras gauche</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>Suivi prévu</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Adressé à un confrère</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>A new spot (no earlier visit)</source>
        <translation>Une nouvelle zone (pas de visite précédente)</translation>
    </message>
    <message>
        <source>Link this visit to an earlier one of the same lesion to compare the photos side by side</source>
        <translation>Lier cette visite à une visite précédente de la même lésion pour comparer les photos côte à côte</translation>
    </message>
    <message>
        <source>e.g. three weeks ago</source>
        <translation>p. ex. il y a trois semaines</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>the vault is locked; unlock it with your passphrase</source>
        <translation>le coffre-fort est verrouillé&#xa0;; déverrouillez-le avec votre phrase secrète</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A number from {low} to {high} fits here; the largest, {high}, is set.</source>
        <translation>Ce champ accepte un nombre de {low} à {high}&#xa0;; le plus grand, {high}, a été mis.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Running the model (applied when the pack is loaded again)</source>
        <translation>Exécution du modèle (appliqué au prochain chargement du paquet)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l’&amp;interface&#xa0;:</translation>
    </message>
    <message>
        <source>Answer &amp;language:</source>
        <translation>&amp;Langue des réponses&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>CPU &amp;threads:</source>
        <translation>&amp;Threads du processeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>Couches sur le &amp;GPU&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Context size:</source>
        <translation>Taille du &amp;contexte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Vision model runs on:</source>
        <translation>Le modèle de &amp;vision s’exécute avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Speculative decoding:</source>
        <translation>Décodage &amp;spéculatif :</translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation>T&amp;empérature&#xa0;:</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-&amp;p&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Maximum answer length:</source>
        <translation>Longueur &amp;maximale de la réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Loc&amp;k the vault after:</source>
        <translation>&amp;Verrouiller le coffre-fort après&#xa0;:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Answer language</source>
        <translation>Langue des réponses</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Threads du processeur</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Couches sur le GPU</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>Taille du contexte</translation>
    </message>
    <message>
        <source>Automatic (ggml if it works here, else numpy)</source>
        <translation>Automatique (ggml s’il fonctionne ici, sinon numpy)</translation>
    </message>
    <message>
        <source>ggml (least memory; on the GPU with GPU layers; on a CPU it can be slower than numpy)</source>
        <translation>ggml (le moins de mémoire ; sur le GPU avec des couches GPU ; sur un CPU, parfois plus lent que numpy)</translation>
    </message>
    <message>
        <source>numpy (the exact reference; most memory)</source>
        <translation>numpy (la référence exacte ; le plus de mémoire)</translation>
    </message>
    <message>
        <source>Automatic measures it once when a pack is first loaded with these settings (three short answers) and remembers the result.</source>
        <translation>Le mode automatique la mesure une fois, au premier chargement d’un pack avec ces réglages (trois réponses courtes), et retient le résultat.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Measured with the loaded pack on this computer: {plain:.1f} words per second without it, {draft:.1f} with it ({gain:.2f}x), so automatic keeps it {verdict}.</source>
        <translation>Mesuré avec le pack chargé sur cet ordinateur : {plain:.1f} mots par seconde sans, {draft:.1f} avec ({gain:.2f}x) ; le mode automatique le laisse donc {verdict}.</translation>
    </message>
    <message>
        <source>The pack&apos;s draft model, or words already in the conversation, propose the next words and the model checks them; the answers stay the model&apos;s own. It pays only where checking several words costs about as much as writing one (a GPU, fast memory): on the 2-core test machine answers came at 0.52-0.97x the speed without it.</source>
        <translation>Le modèle brouillon du pack, ou des mots déjà présents dans la conversation, proposent les mots suivants et le modèle les vérifie ; les réponses restent celles du modèle. Cela n&apos;est rentable que si vérifier plusieurs mots coûte à peu près autant qu&apos;en écrire un (un GPU, une mémoire rapide) : sur la machine de test à 2 cœurs, les réponses venaient à 0,52-0,97x la vitesse sans lui.</translation>
    </message>
    <message>
        <source>Vision model runs on</source>
        <translation>Le modèle de vision s’exécute avec</translation>
    </message>
    <message>
        <source>Automatic: only if it measures faster on this computer</source>
        <translation>Automatique : seulement s’il est mesuré plus rapide sur cet ordinateur</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>Toujours activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Speculative decoding</source>
        <translation>Décodage spéculatif</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Maximum answer length</source>
        <translation>Longueur maximale de la réponse</translation>
    </message>
    <message>
        <source>Lock the vault after</source>
        <translation>Verrouiller le coffre-fort après</translation>
    </message>
    <message>
        <source>The model was trained in English: answers in other languages are less reliable. The disclaimer, photo guidance and warning signs are shown in the interface language.</source>
        <translation>Le modèle a été entraîné en anglais&#xa0;: les réponses dans d’autres langues sont moins fiables. L’avertissement médical, les conseils pour les photos et les signes d’alerte sont affichés dans la langue de l’interface.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation>Aucune (processeur seul)</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>suffix of a number of tokens, with its leading space</comment>
        <translation> jetons</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min without use</source>
        <comment>suffix of a number of minutes, with its leading space</comment>
        <translation> min d’inactivité</translation>
    </message>
    <message>
        <source>&amp;Deterministic (same photo and question, same answer)</source>
        <translation>&amp;Déterministe (même photo et même question, même réponse)</translation>
    </message>
    <message>
        <source>Deterministic answers</source>
        <translation>Réponses déterministes</translation>
    </message>
    <message>
        <source>Resets how the model runs and answers and the automatic lock; the languages stay as they are.</source>
        <translation>Rétablit l’exécution du modèle, les réponses et le verrouillage automatique&#xa0;; les langues ne changent pas.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Cases without a patient</source>
        <translation>Cas sans patient</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>intersex</source>
        <translation>intersexe</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>photos: {count}</source>
        <translation>photos&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Damaged case (cannot be read)</source>
        <translation>Cas endommagé (illisible)</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Cas sans titre</translation>
    </message>
    <message>
        <source>Unnamed patient</source>
        <translation>Patient sans nom</translation>
    </message>
    <message>
        <source>no. {number}</source>
        <translation>n° {number}</translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation>né(e) en {year}</translation>
    </message>
    <message>
        <source>type {type}</source>
        <translation>phototype {type}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Allergies: {allergies}</source>
        <translation>Allergies&#xa0;: {allergies}</translation>
    </message>
    <message>
        <source>Follow-up of {visit}</source>
        <translation>Suivi de {visit}</translation>
    </message>
    <message>
        <source>Patients and cases</source>
        <translation>Patients et cas</translation>
    </message>
    <message>
        <source>Search cases…</source>
        <translation>Rechercher des cas…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des cas</translation>
    </message>
    <message>
        <source>This spot&apos;s visits side by side</source>
        <translation>Les visites de cette zone côte à côte</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau cas</translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation>Nouveau &amp;patient…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Compare &amp;visits…</source>
        <translation>Comparer les &amp;visites…</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Supprimer le cas</translation>
    </message>
    <message>
        <source>Delete the case “{case}” with its photos and conversations? This cannot be undone.</source>
        <translation>Supprimer le cas « {case}&#xa0;» avec ses photos et ses conversations&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation>Supprimer le patient</translation>
    </message>
    <message>
        <source>Delete this patient? Their cases can be deleted too, or kept without a patient. This cannot be undone.</source>
        <translation>Supprimer ce patient&#xa0;? Ses cas peuvent aussi être supprimés, ou conservés sans patient. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete patient and cases</source>
        <translation>Supprimer le patient et ses cas</translation>
    </message>
    <message>
        <source>Delete patient, keep cases</source>
        <translation>Supprimer le patient, garder ses cas</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>VaultSalvage</name>
    <message>
        <source>Choose an empty folder for the salvaged vault</source>
        <translation>Choisissez un dossier vide pour le coffre sauvé</translation>
    </message>
    <message>
        <source>Salvage a damaged vault</source>
        <translation>Sauver un coffre endommagé</translation>
    </message>
    <message>
        <source>Vault passphrase:</source>
        <translation>Phrase secrète du coffre :</translation>
    </message>
    <message>
        <source>The vault could not be salvaged ({type}).</source>
        <translation>Le coffre n&apos;a pas pu être sauvé ({type}).</translation>
    </message>
    <message>
        <source>Copied {count} records into {folder}. Start SkinGPT Desktop with --data-dir &quot;{folder}&quot; to open them; the damaged file was not changed.</source>
        <translation>{count} dossiers copiés dans {folder}. Lancez SkinGPT Desktop avec --data-dir &quot;{folder}&quot; pour les ouvrir ; le fichier endommagé n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>{count} records could not be read and were left behind.</source>
        <translation>{count} dossiers n&apos;ont pas pu être lus et sont restés en arrière.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>SkinGPT Desktop hit an unexpected error. Your saved data is safe; unsaved work in the current conversation may be lost. If you report it, include this (it contains no patient data):</source>
        <translation>SkinGPT Desktop a rencontré une erreur inattendue. Vos données enregistrées ne risquent rien&#xa0;; ce qui n’a pas été enregistré dans la conversation en cours peut être perdu. Si vous signalez l’erreur, joignez ceci (aucune donnée de patient n’y figure)&#xa0;:</translation>
    </message>
</context>
</TS>
