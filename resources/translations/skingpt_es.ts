<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Hacer una copia de seguridad de la bóveda</translation>
    </message>
    <message>
        <source>The backup is one encrypted file with every patient, case, photo, conversation and report of this vault. Keep it away from this computer: to use a USB drive, choose a folder on it.</source>
        <translation>La copia de seguridad es un único archivo cifrado con todos los pacientes, casos, fotos, conversaciones e informes de esta bóveda. Guárdela lejos de este equipo: para usar una memoria USB, elija una carpeta en ella.</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose the folder and the name of the backup file</source>
        <translation>Elija la carpeta y el nombre del archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Vault passphrase:</source>
        <translation>Frase de contraseña de la &amp;bóveda:</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Frase de contraseña de la bóveda</translation>
    </message>
    <message>
        <source>&amp;Use a separate backup passphrase</source>
        <translation>&amp;Usar una frase de contraseña propia para la copia de seguridad</translation>
    </message>
    <message>
        <source>Without it the backup opens with the vault passphrase.</source>
        <translation>Si no la usa, la copia de seguridad se abre con la frase de contraseña de la bóveda.</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la copia:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Repita la frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Hacer copia de seguridad</translation>
    </message>
    <message>
        <source>%v of %m records</source>
        <translation>%v de %m registros</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>Back up the vault to</source>
        <translation>Guardar la copia de seguridad de la bóveda en</translation>
    </message>
    <message>
        <source>SkinGPT backups (*.skgbackup)</source>
        <translation>Copias de seguridad de SkinGPT (*.skgbackup)</translation>
    </message>
    <message>
        <source>A file named {name} is already there. Type another name, or pick it with Choose… to replace it.</source>
        <translation>Ya existe un archivo llamado {name}. Escriba otro nombre o selecciónelo con Elegir… para reemplazarlo.</translation>
    </message>
    <message>
        <source>Checking the vault passphrase, then writing the backup…</source>
        <translation>Comprobando la frase de contraseña de la bóveda y escribiendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>Se canceló la copia de seguridad; no se escribió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Records backed up to {file}: %n.</source>
        <translation>
            <numerusform>Registros copiados en {file}: %n.</numerusform>
            <numerusform>Registros copiados en {file}: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damaged records left out (they could not be read): %n.</source>
        <translation>
            <numerusform>Registros dañados omitidos (no se pudieron leer): %n.</numerusform>
            <numerusform>Registros dañados omitidos (no se pudieron leer): %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase. No backup was written.</source>
        <translation>Esa no es la frase de contraseña de la bóveda. No se escribió ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>un error inesperado ({type})</translation>
    </message>
    <message>
        <source>No backup was written: {reason}.</source>
        <translation>No se escribió ninguna copia de seguridad: {reason}.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>The camera cannot be used: Qt Multimedia is not available on this computer ({reason}). You can still take the photo with a phone or another camera app and add it with Add photo, drag and drop, or Paste.</source>
        <translation>No se puede usar la cámara: Qt Multimedia no está disponible en este equipo ({reason}). Aun así, puede tomar la foto con un teléfono u otra aplicación de cámara y añadirla con Añadir foto, arrastrándola o con Pegar.</translation>
    </message>
    <message>
        <source>No camera was found. Connect a camera (or allow camera access for this app in your system&apos;s privacy settings) and press Look again. You can also take the photo with a phone and add it with Add photo, drag and drop, or Paste.</source>
        <translation>No se encontró ninguna cámara. Conecte una (o permita el acceso a la cámara para esta aplicación en la configuración de privacidad del sistema) y pulse Buscar de nuevo. También puede tomar la foto con un teléfono y añadirla con Añadir foto, arrastrándola o con Pegar.</translation>
    </message>
    <message>
        <source>Hold the camera 10-20 cm from the skin, in even light.</source>
        <translation>Sostenga la cámara a 10-20 cm de la piel, con luz uniforme.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Tomar una foto</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>The camera cannot be used</source>
        <translation>No se puede usar la cámara</translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation>Estado de la cámara</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <source>Look for cameras again</source>
        <translation>Volver a buscar cámaras</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>&amp;Tomar foto</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Tomar foto</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Cámara:</translation>
    </message>
    <message>
        <source>Camera device</source>
        <translation>Dispositivo de cámara</translation>
    </message>
    <message>
        <source>Live camera preview</source>
        <translation>Vista previa de la cámara en directo</translation>
    </message>
    <message>
        <source>The camera is not ready yet; try again in a moment.</source>
        <translation>La cámara aún no está lista; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The camera reported a problem: {error}. Choose another camera or close other apps that use it.</source>
        <translation>La cámara informó de un problema: {error}. Elija otra cámara o cierre otras aplicaciones que la estén usando.</translation>
    </message>
    <message>
        <source>The photo could not be taken: {error}</source>
        <translation>No se pudo tomar la foto: {error}</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>This model needs about {need} of memory but this computer has {have}. It may be very slow or fail to load: choose a smaller quantization of the same model (for example Q4_K_M instead of Q8_0), or offload layers to a GPU in Settings.</source>
        <translation>Este modelo necesita unos {need} de memoria, pero este equipo tiene {have}. Puede ir muy lento o no cargarse: elija una cuantización más pequeña del mismo modelo (por ejemplo, Q4_K_M en lugar de Q8_0) o pase capas a una GPU en Configuración.</translation>
    </message>
    <message>
        <source>A language model with its vision projector (two GGUF files), downloaded from huggingface.co/{repo} and installed as a model pack.</source>
        <translation>Un modelo de lenguaje con su proyector de visión (dos archivos GGUF), descargado de huggingface.co/{repo} e instalado como paquete de modelo.</translation>
    </message>
    <message>
        <source>A model pack you build on your own computer from the original weights.</source>
        <translation>Un paquete de modelo que usted crea en su propio equipo a partir de los pesos originales.</translation>
    </message>
    <message>
        <source>This license must be accepted before first use: the app asks you before it downloads anything.</source>
        <translation>Esta licencia debe aceptarse antes del primer uso: la aplicación se lo pide antes de descargar nada.</translation>
    </message>
    <message>
        <source>This license must be accepted before first use.</source>
        <translation>Esta licencia debe aceptarse antes del primer uso.</translation>
    </message>
    <message>
        <source>It fits in this computer’s memory.</source>
        <translation>Cabe en la memoria de este equipo.</translation>
    </message>
    <message>
        <source>about {photo} s per photo, {words} words per second (estimated from a short measurement)</source>
        <translation>unos {photo} s por foto, {words} palabras por segundo (estimación a partir de una medición breve)</translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>En este equipo:</translation>
    </message>
    <message>
        <source>Recommended for this computer</source>
        <translation>Recomendado para este equipo</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>unos {size}</translation>
    </message>
    <message>
        <source>This model is installed: see Installed packs.</source>
        <translation>Este modelo está instalado: consulte Paquetes instalados.</translation>
    </message>
    <message>
        <source>Of this model&apos;s versions, this is the largest that fits this computer&apos;s memory.</source>
        <translation>De las versiones de este modelo, es la más grande que cabe en la memoria de este equipo.</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>Qué es:</translation>
    </message>
    <message>
        <source>Good at:</source>
        <translation>Puntos fuertes:</translation>
    </message>
    <message>
        <source>Download size:</source>
        <translation>Tamaño de descarga:</translation>
    </message>
    <message>
        <source>This pack cannot be downloaded ready-made: build it on your computer by following the guide {guide} in the app&apos;s documentation, then use Import from folder.</source>
        <translation>Este paquete no se puede descargar ya listo: créelo en su equipo siguiendo la guía {guide} de la documentación de la aplicación y luego use Importar desde carpeta.</translation>
    </message>
    <message>
        <source>Model catalogue</source>
        <translation>Catálogo de modelos</translation>
    </message>
    <message>
        <source>Catalogue entry</source>
        <translation>Entrada del catálogo</translation>
    </message>
    <message>
        <source>Download and i&amp;nstall</source>
        <translation>Descargar e i&amp;nstalar</translation>
    </message>
    <message>
        <source>{name} (installed)</source>
        <translation>{name} (instalado)</translation>
    </message>
    <message>
        <source>The catalogue has no entries.</source>
        <translation>El catálogo no tiene entradas.</translation>
    </message>
    <message>
        <source>A pack named &apos;{name}&apos; is already installed; remove it first to install it again.</source>
        <translation>Ya hay instalado un paquete llamado «{name}»; elimínelo primero para volver a instalarlo.</translation>
    </message>
    <message>
        <source>{name} cannot be downloaded ready-made.</source>
        <translation>{name} no se puede descargar ya listo.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the vault passphrase</source>
        <translation>Cambiar la frase de contraseña de la bóveda</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase &amp;actual:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;Repita la nueva:</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Cam&amp;biar</translation>
    </message>
    <message>
        <source>Also re-&amp;encrypt every record under a new key (when the old passphrase may be known to someone; takes longer)</source>
        <translation>Volver a &amp;cifrar también cada registro con una clave nueva (si alguien puede conocer la frase de contraseña anterior; tarda más)</translation>
    </message>
    <message>
        <source>This vault has a recovery key: it keeps working after the change.</source>
        <translation>Esta bóveda tiene una clave de recuperación: sigue sirviendo después del cambio.</translation>
    </message>
    <message>
        <source>This vault has no recovery key: if the new passphrase is lost, nobody can open the vault.</source>
        <translation>Esta bóveda no tiene clave de recuperación: si se pierde la nueva frase de contraseña, nadie podrá abrirla.</translation>
    </message>
    <message>
        <source>Changing the passphrase… (deriving the key takes a moment on purpose)</source>
        <translation>Cambiando la frase de contraseña… (generar la clave tarda un poco a propósito)</translation>
    </message>
    <message>
        <source>Re-encrypting the records… {done} of {total}</source>
        <translation>Volviendo a cifrar los registros… {done} de {total}</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s current passphrase. Nothing was changed.</source>
        <translation>Esa no es la frase de contraseña actual de la bóveda. No se cambió nada.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: {reason}</source>
        <translation>No se cambió la frase de contraseña: {reason}</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <source>The old recovery key no longer works. The new one is:

{key}

Write it down now and keep it safe: it is shown only this once.</source>
        <translation>La clave de recuperación anterior ya no funciona. La nueva es:

{key}

Anótela ahora y guárdela en un lugar seguro: solo se muestra esta vez.</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <source>Looking at the photo…</source>
        <translation>Analizando la foto…</translation>
    </message>
    <message>
        <source>Writing the answer… (Esc stops it)</source>
        <translation>Escribiendo la respuesta… (Esc la detiene)</translation>
    </message>
    <message>
        <source>1 token in {seconds} s ({rate} tokens/s)</source>
        <translation>1 token en {seconds} s ({rate} tokens/s)</translation>
    </message>
    <message>
        <source>{tokens} tokens in {seconds} s ({rate} tokens/s)</source>
        <translation>{tokens} tokens en {seconds} s ({rate} tokens/s)</translation>
    </message>
    <message>
        <source>(speculative decoding: {percent} % of the proposed tokens kept)</source>
        <translation>(decodificación especulativa: se conservó el {percent} % de los tokens propuestos)</translation>
    </message>
    <message>
        <source>Stopped. {speed}</source>
        <translation>Detenido. {speed}</translation>
    </message>
    <message>
        <source>Largest pause of the window while answering: {ms} ms</source>
        <translation>Pausa más larga de la ventana durante la respuesta: {ms} ms</translation>
    </message>
    <message>
        <source>The answer could not be generated ({type}).</source>
        <translation>No se pudo generar la respuesta ({type}).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Model output, not a diagnosis</source>
        <translation>Texto generado por el modelo, no un diagnóstico</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>Not a diagnosis.</source>
        <translation>No es un diagnóstico.</translation>
    </message>
    <message>
        <source>Read the full disclaimer</source>
        <translation>Leer el aviso médico completo</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Aviso médico</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>Estado de la conversación</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Datos del caso</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Generation status</source>
        <translation>Estado de la generación</translation>
    </message>
    <message>
        <source>Ask: {prompt} (Ctrl+{number})</source>
        <translation>Preguntar: {prompt} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Ask clinical question {number}</source>
        <translation>Hacer la pregunta clínica {number}</translation>
    </message>
    <message>
        <source>Ask &amp;all four</source>
        <translation>Hacer las cua&amp;tro</translation>
    </message>
    <message>
        <source>Ask the four clinical questions in order (Ctrl+Shift+A)</source>
        <translation>Hacer las cuatro preguntas clínicas en orden (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>Ask all four clinical questions</source>
        <translation>Hacer las cuatro preguntas clínicas</translation>
    </message>
    <message>
        <source>Ask about the selected photo…</source>
        <translation>Pregunte sobre la foto seleccionada…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>As&amp;k</source>
        <translation>&amp;Preguntar</translation>
    </message>
    <message>
        <source>Ask question</source>
        <translation>Hacer la pregunta</translation>
    </message>
    <message>
        <source>Ask the question (Enter)</source>
        <translation>Hacer la pregunta (Intro)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Stop the answer being written (Esc)</source>
        <translation>Detener la respuesta en curso (Esc)</translation>
    </message>
    <message>
        <source>Add a photo, then ask a question or use one of the clinical prompts below. Answers are written by the model pack shown above each answer.</source>
        <translation>Añada una foto y luego haga una pregunta o use una de las preguntas clínicas de abajo. Las respuestas las escribe el paquete de modelo indicado encima de cada una.</translation>
    </message>
    <message>
        <source>About photo {number} ({view})</source>
        <translation>Sobre la foto {number} ({view})</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Usted:</translation>
    </message>
    <message>
        <source>pack: {pack}</source>
        <translation>paquete: {pack}</translation>
    </message>
    <message>
        <source>unknown pack</source>
        <translation>paquete desconocido</translation>
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
        <translation>Evaluar un paquete</translation>
    </message>
    <message>
        <source>Measure how often each pack names the label of your own labelled photos. The results stay where you choose: encrypted in the vault, or in a folder; nothing leaves this computer.</source>
        <translation>Mida con qué frecuencia cada paquete nombra la etiqueta de sus propias fotos etiquetadas. Los resultados quedan donde usted elija: cifrados en la bóveda o en una carpeta; nada sale de este ordenador.</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Conjunto de datos:</translation>
    </message>
    <message>
        <source>A folder of class folders, or a CSV or JSON list</source>
        <translation>Una carpeta con carpetas por clase, o una lista CSV o JSON</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>C&amp;arpeta…</translation>
    </message>
    <message>
        <source>&amp;List…</source>
        <translation>&amp;Lista…</translation>
    </message>
    <message>
        <source>&amp;Packs:</source>
        <translation>&amp;Paquetes:</translation>
    </message>
    <message>
        <source>Packs to evaluate</source>
        <translation>Paquetes para evaluar</translation>
    </message>
    <message>
        <source>&amp;Runs per photo:</source>
        <translation>E&amp;jecuciones por foto:</translation>
    </message>
    <message>
        <source>One greedy answer gives the accuracy; more runs, sampled, measure consistency.</source>
        <translation>Una respuesta voraz da la exactitud; más ejecuciones, muestreadas, miden la consistencia.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Se&amp;milla:</translation>
    </message>
    <message>
        <source>&amp;Keep the results:</source>
        <translation>&amp;Guardar los resultados:</translation>
    </message>
    <message>
        <source>Encrypted in the vault</source>
        <translation>Cifrados en la bóveda</translation>
    </message>
    <message>
        <source>In a folder</source>
        <translation>En una carpeta</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Carpeta de &amp;salida:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>In the &amp;vault:</source>
        <translation>En la &amp;bóveda:</translation>
    </message>
    <message>
        <source>Evaluations kept in the vault</source>
        <translation>Evaluaciones guardadas en la bóveda</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show a finished evaluation; a stopped one fills in its settings, for Resume</source>
        <translation>Muestra una evaluación terminada; una detenida rellena su configuración, para Reanudar</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguna todavía)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n answers</source>
        <translation>
            <numerusform>detenida tras %n respuesta</numerusform>
            <numerusform>detenida tras %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Its settings are filled in: press Resume to continue it.</source>
        <translation>Su configuración está rellenada: pulse Reanudar para continuarla.</translation>
    </message>
    <message>
        <source>Delete evaluation</source>
        <translation>Eliminar evaluación</translation>
    </message>
    <message>
        <source>Delete this evaluation and all its answers from the vault? This cannot be undone.</source>
        <translation>¿Eliminar esta evaluación y todas sus respuestas de la bóveda? No se puede deshacer.</translation>
    </message>
    <message>
        <source>The evaluation was deleted.</source>
        <translation>La evaluación se eliminó.</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Carpeta para el informe</translation>
    </message>
    <message>
        <source>The report, results.json and cases.csv are in {out}.</source>
        <translation>El informe, results.json y cases.csv están en {out}.</translation>
    </message>
    <message>
        <source>No program opened {page}; open it from its folder.</source>
        <translation>Ningún programa abrió {page}; ábralo desde su carpeta.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rean&amp;udar</translation>
    </message>
    <message>
        <source>Continue a stopped evaluation: the one in the output folder, or in the vault the one of the same dataset, packs, runs and seed</source>
        <translation>Continuar una evaluación detenida: la de la carpeta de salida o, en la bóveda, la del mismo conjunto de datos, paquetes, ejecuciones y semilla</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Guardar el &amp;informe…</translation>
    </message>
    <message>
        <source>Write report.html, report.pdf, results.json and cases.csv into a folder you choose</source>
        <translation>Escribir report.html, report.pdf, results.json y cases.csv en una carpeta que usted elija</translation>
    </message>
    <message>
        <source>Open report.html, with the plots; report.pdf is beside it</source>
        <translation>Abrir report.html, con los gráficos; report.pdf está al lado</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Dataset: a folder of class folders</source>
        <translation>Conjunto de datos: una carpeta con carpetas por clase</translation>
    </message>
    <message>
        <source>Dataset: a list of photos</source>
        <translation>Conjunto de datos: una lista de fotos</translation>
    </message>
    <message>
        <source>Case lists (*.csv *.json)</source>
        <translation>Listas de casos (*.csv *.json)</translation>
    </message>
    <message>
        <source>Folder for the results</source>
        <translation>Carpeta para los resultados</translation>
    </message>
    <message>
        <source>The output folder already holds an evaluation: press Resume to continue it, or choose another folder.</source>
        <translation>La carpeta de salida ya contiene una evaluación: pulse Reanudar para continuarla, o elija otra carpeta.</translation>
    </message>
    <message>
        <source>Loading the dataset and the first pack…</source>
        <translation>Cargando el conjunto de datos y el primer paquete…</translation>
    </message>
    <message>
        <source>{pack} (pack {index} of {count}): {done} of {total} answers</source>
        <translation>{pack} (paquete {index} de {count}): {done} de {total} respuestas</translation>
    </message>
    <message>
        <source>{progress}, about {time} left</source>
        <translation>{progress}, quedan unos {time}</translation>
    </message>
    <message>
        <source>Done. The report, results.json and cases.csv are in {out}.</source>
        <translation>Listo. El informe, results.json y cases.csv están en {out}.</translation>
    </message>
    <message>
        <source>Done. The results are kept encrypted in the vault; Save report… writes them into a folder.</source>
        <translation>Hecho. Los resultados se guardan cifrados en la bóveda; Guardar el informe… los escribe en una carpeta.</translation>
    </message>
    <message>
        <source>Stopped. The answers so far are kept: press Resume to continue.</source>
        <translation>Detenido. Las respuestas obtenidas se conservan: pulse Reanudar para continuar.</translation>
    </message>
    <message>
        <source>{pack} needs its license accepted first: load it once from Model packs to read and accept it.</source>
        <translation>Primero hay que aceptar la licencia de {pack}: cárguelo una vez desde Paquetes de modelo para leerla y aceptarla.</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>un error inesperado ({type})</translation>
    </message>
    <message>
        <source>The evaluation stopped: {reason}.</source>
        <translation>La evaluación se detuvo: {reason}.</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>Pack evaluation on your own cases</source>
        <translation>Evaluación de paquetes con sus propios casos</translation>
    </message>
    <message>
        <source>This measures how often each pack&apos;s description names the labelled condition on these photos. It is not a clinical validation: the numbers hold for these cases and labels only.</source>
        <translation>Esto mide con qué frecuencia la descripción de cada paquete nombra la afección etiquetada en estas fotos. No es una validación clínica: las cifras valen solo para estos casos y etiquetas.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Top-1 accuracy</source>
        <translation>Exactitud top-1</translation>
    </message>
    <message>
        <source>Top-3 accuracy</source>
        <translation>Exactitud top-3</translation>
    </message>
    <message>
        <source>Consistency across runs</source>
        <translation>Coherencia entre ejecuciones</translation>
    </message>
    <message>
        <source>n/a (one run)</source>
        <translation>n/d (una ejecución)</translation>
    </message>
    <message>
        <source>Worst skin-type group (top-1)</source>
        <translation>Grupo de fototipo con peor resultado (top-1)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>{group}: {value} % ({gap} points below the best)</source>
        <translation>{group}: {value} % ({gap} puntos por debajo del mejor)</translation>
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
        <translation>McNemar: {b} casos acertados solo con el primero, {c} solo con el segundo; p = {p}</translation>
    </message>
    <message>
        <source>Rows not used ({count})</source>
        <translation>Filas no usadas ({count})</translation>
    </message>
    <message>
        <source>No plots: this installation has no matplotlib (the installed app leaves it out); run the evaluation from a source install for them. The figures above are complete.</source>
        <translation>Sin gráficos: esta instalación no tiene matplotlib (la aplicación instalada no lo incluye); ejecute la evaluación desde una instalación del código fuente para obtenerlos. Las cifras de arriba están completas.</translation>
    </message>
    <message>
        <source>{pack}: confusion matrix</source>
        <translation>{pack}: matriz de confusión</translation>
    </message>
    <message>
        <source>answer (first run, top 1)</source>
        <translation>respuesta (primera ejecución, top 1)</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>{pack}: accuracy by skin type</source>
        <translation>{pack}: exactitud por fototipo</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Fototipo de Fitzpatrick</translation>
    </message>
    <message>
        <source>top-1 accuracy (95 % CI)</source>
        <translation>exactitud top-1 (IC 95 %)</translation>
    </message>
    <message>
        <source>SkinGPT Desktop {version} · pack evaluation · page {page} of {pages}</source>
        <translation>SkinGPT Desktop {version} · evaluación de paquetes · página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to SkinGPT Desktop</source>
        <translation>Bienvenido a SkinGPT Desktop</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Aviso médico</translation>
    </message>
    <message>
        <source>I have read and understood: SkinGPT Desktop gives information, &amp;not a diagnosis.</source>
        <translation>He leído y entendido: SkinGPT Desktop ofrece información, &amp;no un diagnóstico.</translation>
    </message>
    <message>
        <source>Accept the medical disclaimer</source>
        <translation>Aceptar el aviso médico</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Create your encrypted vault&lt;/h3&gt;&lt;p&gt;Photos, patients and conversations are stored only on this computer, encrypted with a key made from your passphrase. Choose a passphrase of several random words.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cree su bóveda cifrada&lt;/h3&gt;&lt;p&gt;Las fotos, los pacientes y las conversaciones se guardan solo en este equipo, cifrados con una clave generada a partir de su frase de contraseña. Elija una frase de contraseña de varias palabras al azar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Consejos sobre la frase de contraseña</translation>
    </message>
    <message>
        <source>Also create a &amp;recovery key (recommended)</source>
        <translation>Crear también una clave de r&amp;ecuperación (recomendado)</translation>
    </message>
    <message>
        <source>Without the passphrase or the recovery key the data in this vault cannot be recovered by anyone, including the makers of SkinGPT Desktop.</source>
        <translation>Sin la frase de contraseña o la clave de recuperación, nadie podrá recuperar los datos de esta bóveda, ni siquiera los creadores de SkinGPT Desktop.</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>Estado de la bóveda</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your recovery key&lt;/h3&gt;&lt;p&gt;This key opens the vault if you forget the passphrase. It is shown &lt;b&gt;only now&lt;/b&gt;: write it down or print it and keep it somewhere safe, away from this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Su clave de recuperación&lt;/h3&gt;&lt;p&gt;Esta clave abre la bóveda si olvida la frase de contraseña. Se muestra &lt;b&gt;solo ahora&lt;/b&gt;: anótela o imprímala y guárdela en un lugar seguro, lejos de este equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down or stored it safely</source>
        <translation>He &amp;anotado la clave de recuperación o la he guardado en un lugar seguro</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Choose a model pack&lt;/h3&gt;&lt;p&gt;A model pack holds the SkinGPT-4 model converted for this app. Import one from a folder or USB drive, or download one. You can also do this later from the Model menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Elija un paquete de modelo&lt;/h3&gt;&lt;p&gt;Un paquete de modelo contiene el modelo SkinGPT-4 convertido para esta aplicación. Importe uno desde una carpeta o una memoria USB, o descárguelo. También puede hacerlo más tarde desde el menú Modelo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Installed model packs</source>
        <translation>Paquetes de modelo instalados</translation>
    </message>
    <message>
        <source>&amp;Install or manage packs…</source>
        <translation>&amp;Instalar o gestionar paquetes…</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Creating your encrypted vault… (deriving the key takes a moment on purpose)</source>
        <translation>Creando su bóveda cifrada… (generar la clave tarda un poco a propósito)</translation>
    </message>
    <message>
        <source>The vault could not be created: {reason}</source>
        <translation>No se pudo crear la bóveda: {reason}</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <source>SkinGPT recovery key.txt</source>
        <comment>file name</comment>
        <translation>Clave de recuperación de SkinGPT.txt</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <comment>file type filter: keep (*.txt)</comment>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>The recovery key was not saved: {reason}</source>
        <translation>No se guardó la clave de recuperación: {reason}</translation>
    </message>
    <message>
        <source>Saved to {file}. Move it off this computer (a USB stick, a printout) and keep it safe.</source>
        <translation>Guardada en {file}. Sáquela de este equipo (a una memoria USB o en papel) y guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>The recovery key was sent to the printer.</source>
        <translation>La clave de recuperación se envió a la impresora.</translation>
    </message>
    <message>
        <source>Looking for model packs…</source>
        <translation>Buscando paquetes de modelo…</translation>
    </message>
    <message>
        <source>No model pack installed yet.</source>
        <translation>Todavía no hay ningún paquete de modelo instalado.</translation>
    </message>
    <message>
        <source>The installed packs could not be listed ({type}).</source>
        <translation>No se pudieron listar los paquetes instalados ({type}).</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Quit SkinGPT Desktop?</source>
        <translation>¿Salir de SkinGPT Desktop?</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Compare visits of this spot</source>
        <translation>Comparar visitas de esta zona</translation>
    </message>
    <message>
        <source>&amp;Change since the earlier visit:</source>
        <translation>&amp;Cambio desde la visita anterior:</translation>
    </message>
    <message>
        <source>e.g. larger, edge now irregular</source>
        <translation>p. ej., más grande, borde ahora irregular</translation>
    </message>
    <message>
        <source>Change since the earlier visit</source>
        <translation>Cambio desde la visita anterior</translation>
    </message>
    <message>
        <source>Sa&amp;ve note</source>
        <translation>Guardar &amp;nota</translation>
    </message>
    <message>
        <source>Question about both photos</source>
        <translation>Pregunta sobre las dos fotos</translation>
    </message>
    <message>
        <source>&amp;Ask about both photos</source>
        <translation>&amp;Preguntar por las dos fotos</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
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
        <translation>Cargando las visitas…</translation>
    </message>
    <message>
        <source>This visit is not linked to another one yet: edit a later case and choose this one under Same spot as.</source>
        <translation>Esta visita aún no está enlazada con otra: edite un caso posterior y elija esta en «Misma zona que».</translation>
    </message>
    <message>
        <source>Change noted: {note}</source>
        <translation>Cambio anotado: {note}</translation>
    </message>
    <message>
        <source>Model output, not a diagnosis</source>
        <translation>Texto generado por el modelo, no un diagnóstico</translation>
    </message>
    <message numerus="yes">
        <source>{earlier} → {later} · days between the visits: %n</source>
        <translation>
            <numerusform>{earlier} → {later} · días entre las visitas: %n</numerusform>
            <numerusform>{earlier} → {later} · días entre las visitas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The change note was saved.</source>
        <translation>Se guardó la nota del cambio.</translation>
    </message>
    <message>
        <source>Both photos answered.</source>
        <translation>Respondidas las dos fotos.</translation>
    </message>
    <message>
        <source>Asking about the photo of {date}…</source>
        <translation>Preguntando por la foto del {date}…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Load a model pack to ask about the photos</source>
        <translation>Cargue un paquete de modelo para preguntar por las fotos</translation>
    </message>
</context>
<context>
    <name>Installer</name>
    <message>
        <source>{name}: only packs installed in the app&apos;s packs folder can be removed here</source>
        <translation>{name}: aquí solo se pueden eliminar los paquetes instalados en la carpeta de paquetes de la aplicación</translation>
    </message>
    <message>
        <source>{where}: pack name &apos;{name}&apos; cannot be used as a folder name</source>
        <translation>{where}: el nombre de paquete «{name}» no se puede usar como nombre de carpeta</translation>
    </message>
    <message>
        <source>{folder}: no {manifest} here; choose the pack&apos;s folder</source>
        <translation>{folder}: aquí no hay ningún archivo {manifest}; elija la carpeta del paquete</translation>
    </message>
    <message>
        <source>a pack named &apos;{name}&apos; is already installed</source>
        <translation>ya hay instalado un paquete llamado «{name}»</translation>
    </message>
    <message>
        <source>{file}: missing (the pack folder is incomplete)</source>
        <translation>{file}: no se encuentra (la carpeta del paquete está incompleta)</translation>
    </message>
    <message>
        <source>{file}: size is {size} bytes, the manifest says {expected}</source>
        <translation>{file}: el tamaño es de {size} bytes, pero el manifiesto indica {expected}</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the manifest (damaged or altered file); nothing was installed</source>
        <translation>{file}: el SHA-256 no coincide con el manifiesto (archivo dañado o alterado); no se instaló nada</translation>
    </message>
    <message>
        <source>Cannot reach {host}: {reason}. This computer seems to be offline or a firewall blocks the connection. Connect to the internet and try again, or copy the pack from another computer and use Import from folder.</source>
        <translation>No se puede acceder a {host}: {reason}. Parece que este equipo no tiene conexión o que un cortafuegos bloquea la conexión. Conéctese a internet y vuelva a intentarlo, o copie el paquete desde otro equipo y use Importar desde carpeta.</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be looked up</source>
        <translation>no se pudo encontrar el nombre del servidor</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>sin respuesta en {seconds} s</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>se rechazó la conexión</translation>
    </message>
    <message>
        <source>{name} was not found (HTTP 404): check the repository id and that it holds a SkinGPT Desktop model pack</source>
        <translation>no se encontró {name} (HTTP 404): compruebe el ID del repositorio y que este contenga un paquete de modelo de SkinGPT Desktop</translation>
    </message>
    <message>
        <source>access to {name} was refused (HTTP {code}): the repository is private or gated; download it in a browser after accepting its terms, then import it</source>
        <translation>se denegó el acceso a {name} (HTTP {code}): el repositorio es privado o de acceso restringido; descárguelo en un navegador después de aceptar sus condiciones y luego impórtelo</translation>
    </message>
    <message>
        <source>the server answered HTTP {code} for {name}; try again later</source>
        <translation>el servidor respondió HTTP {code} para {name}; inténtelo de nuevo más tarde</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a repository id (expected owner/name)</source>
        <translation>«{repo}» no es un ID de repositorio (se esperaba propietario/nombre)</translation>
    </message>
    <message>
        <source>{repo}: {manifest} is too large to be a pack manifest</source>
        <translation>{repo}: {manifest} es demasiado grande para ser el manifiesto de un paquete</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the pack manifest; the download was damaged or altered and has been deleted. Nothing was installed.</source>
        <translation>{file}: el SHA-256 no coincide con el manifiesto del paquete; la descarga estaba dañada o alterada y se ha eliminado. No se instaló nada.</translation>
    </message>
    <message>
        <source>{file}: the connection was lost after {have} of {size} bytes ({error}); press Download again to resume from there</source>
        <translation>{file}: se perdió la conexión tras {have} de {size} bytes ({error}); pulse Descargar de nuevo para reanudarla desde ese punto</translation>
    </message>
    <message>
        <source>Downloads are switched off on this computer (the HF_HUB_OFFLINE setting). Unset it to download, or copy the pack from another computer and use Import from folder.</source>
        <translation>Las descargas están desactivadas en este equipo (el ajuste HF_HUB_OFFLINE). Quítelo para descargar, o copie el paquete desde otro equipo y use Importar desde carpeta.</translation>
    </message>
    <message>
        <source>Not enough free disk space in {folder}: the download needs {need} and {free} are free. Free some space and try again.</source>
        <translation>No hay suficiente espacio libre en {folder}: la descarga necesita {need} y hay {free} libres. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{file}: cannot write the download ({error})</source>
        <translation>{file}: no se puede escribir la descarga ({error})</translation>
    </message>
    <message>
        <source>{file}: Hugging Face publishes no hash for this file, so it cannot be checked; nothing was installed</source>
        <translation>{file}: Hugging Face no publica ningún hash de este archivo, así que no se puede comprobar; no se instaló nada</translation>
    </message>
    <message>
        <source>{file}: SHA-256 does not match the hash Hugging Face publishes; the download was damaged or altered and has been deleted. Nothing was installed.</source>
        <translation>{file}: el SHA-256 no coincide con el hash que publica Hugging Face; la descarga estaba dañada o alterada y se ha eliminado. No se instaló nada.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be downloaded: it is not a plain file path inside the repository</source>
        <translation>No se puede descargar «{name}»: no es una ruta de archivo normal dentro del repositorio</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <source>Accept the license</source>
        <translation>Aceptar la licencia</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>{model} is provided under its own license, which you must accept before you download and use it.</source>
        <translation>{model} se ofrece con su propia licencia, que debe aceptar antes de descargarlo y usarlo.</translation>
    </message>
    <message>
        <source>Read the license on the model’s page before accepting.</source>
        <translation>Lea la licencia en la página del modelo antes de aceptar.</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>Uso previsto:</translation>
    </message>
    <message>
        <source>Known limits:</source>
        <translation>Limitaciones conocidas:</translation>
    </message>
    <message>
        <source>{pack} may only be used under its license&apos;s terms. Read them and accept them to use this model pack.</source>
        <translation>{pack} solo puede usarse según los términos de su licencia. Léalos y acéptelos para usar este paquete de modelo.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The vault is locked</source>
        <translation>La bóveda está bloqueada</translation>
    </message>
    <message>
        <source>Patients, photos and conversations are encrypted. Enter your passphrase to open them.</source>
        <translation>Los pacientes, las fotos y las conversaciones están cifrados. Introduzca su frase de contraseña para abrirlos.</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Usar la clave de &amp;recuperación</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Desbloquear la bóveda</translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation>Estado del desbloqueo</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Bloq Mayús está activado.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clave de r&amp;ecuperación:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlocking… (deriving the key takes a moment on purpose)</source>
        <translation>Desbloqueando… (generar la clave tarda un poco a propósito)</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Compare it with the saved or printed copy and try again. Nothing was changed.</source>
        <translation>Esa clave de recuperación no abre esta bóveda. Compárela con la copia guardada o impresa y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check the spelling and whether Caps Lock is on, then try again. Nothing was changed.</source>
        <translation>Esa frase de contraseña no abre esta bóveda. Revise cómo la escribió y si Bloq Mayús está activado, y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault could not be opened: {reason}</source>
        <translation>No se pudo abrir la bóveda: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Add a photo from a file</source>
        <translation>Añadir una foto desde un archivo</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>Pegar una foto</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Ask clinical question 1 to 4</source>
        <translation>Hacer la pregunta clínica 1 a 4</translation>
    </message>
    <message>
        <source>Ask all four clinical questions</source>
        <translation>Hacer las cuatro preguntas clínicas</translation>
    </message>
    <message>
        <source>Go to the question box</source>
        <translation>Ir al cuadro de pregunta</translation>
    </message>
    <message>
        <source>Stop the answer being written</source>
        <translation>Detener la respuesta en curso</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Guardar el caso</translation>
    </message>
    <message>
        <source>Report: warning signs, summary, PDFs</source>
        <translation>Informe: signos de alarma, resumen, PDF</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Bloquear la bóveda</translation>
    </message>
    <message>
        <source>Model packs</source>
        <translation>Paquetes de modelo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Loading the vision model</source>
        <translation>Cargando el modelo de visión</translation>
    </message>
    <message>
        <source>Loading the language model</source>
        <translation>Cargando el modelo de lenguaje</translation>
    </message>
    <message>
        <source>Measuring whether speculative decoding is faster on this computer</source>
        <translation>Midiendo si la decodificación especulativa es más rápida en este equipo</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Esta instalación</translation>
    </message>
    <message>
        <source>Checking llama.cpp…</source>
        <translation>Comprobando llama.cpp…</translation>
    </message>
    <message>
        <source>SkinGPT Desktop {version}</source>
        <translation>SkinGPT Desktop {version}</translation>
    </message>
    <message>
        <source>An offline dermatology assistant that runs SkinGPT-4 model packs on this computer. Photos and conversations never leave it.</source>
        <translation>Un asistente de dermatología sin conexión que ejecuta paquetes de modelo SkinGPT-4 en este equipo. Las fotos y las conversaciones nunca salen de él.</translation>
    </message>
    <message>
        <source>It gives information, not a diagnosis.</source>
        <translation>Ofrece información, no un diagnóstico.</translation>
    </message>
    <message>
        <source>No model pack loaded</source>
        <translation>Ningún paquete de modelo cargado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>Caso &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>&amp;Añadir foto…</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>&amp;Pegar foto</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>&amp;Cámara…</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Guardar caso</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Informe…</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>&amp;Bloquear bóveda</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>Cam&amp;biar frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>Hacer copia de seguridad de la &amp;bóveda…</translation>
    </message>
    <message>
        <source>R&amp;estore from backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Sal&amp;vage a damaged vault…</source>
        <translation>&amp;Rescatar un almacén dañado…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Model &amp;packs…</source>
        <translation>&amp;Paquetes de modelo…</translation>
    </message>
    <message>
        <source>&amp;Evaluate a pack…</source>
        <translation>&amp;Evaluar un paquete…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Go to the &amp;question box</source>
        <translation>&amp;Ir al cuadro de pregunta</translation>
    </message>
    <message>
        <source>Medical &amp;disclaimer</source>
        <translation>Aviso &amp;médico</translation>
    </message>
    <message>
        <source>&amp;Photo tips</source>
        <translation>&amp;Consejos para fotos</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <source>Warning signs, summary and urgency, PDFs (Ctrl+R)</source>
        <translation>Signos de alarma, resumen y urgencia, PDF (Ctrl+R)</translation>
    </message>
    <message>
        <source>Model pack status</source>
        <translation>Estado del paquete de modelo</translation>
    </message>
    <message>
        <source>Lock vault</source>
        <translation>Bloquear bóveda</translation>
    </message>
    <message>
        <source>Save this case before locking? Unsaved photos and answers are removed from the screen when the vault locks.</source>
        <translation>¿Guardar este caso antes de bloquear? Las fotos y respuestas no guardadas desaparecen de la pantalla al bloquearse la bóveda.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n min without use.</source>
        <translation>
            <numerusform>Bloqueada tras %n min sin uso.</numerusform>
            <numerusform>Bloqueada tras %n min sin uso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved case</source>
        <translation>Caso sin guardar</translation>
    </message>
    <message>
        <source>Discard the photos and answers that are not saved?</source>
        <translation>¿Descartar las fotos y respuestas que no se han guardado?</translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation>Todavía no hay nada que guardar.</translation>
    </message>
    <message>
        <source>Saved: {title}</source>
        <translation>Guardado: {title}</translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>No se guardó el caso</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Parts of this case could not be read: {problems}</source>
        <translation>No se pudieron leer partes de este caso: {problems}</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>No se pudo abrir el caso</translation>
    </message>
    <message>
        <source>The case was not deleted</source>
        <translation>No se eliminó el caso</translation>
    </message>
    <message>
        <source>The patient was not deleted</source>
        <translation>No se eliminó el paciente</translation>
    </message>
    <message>
        <source>Cases could not be listed</source>
        <translation>No se pudieron listar los casos</translation>
    </message>
    <message>
        <source>{what}: {detail}</source>
        <translation>{what}: {detail}</translation>
    </message>
    <message>
        <source>Evaluation running</source>
        <translation>Evaluación en curso</translation>
    </message>
    <message>
        <source>An evaluation is running. Quit and stop it? The answers so far are kept: Resume continues it later.</source>
        <translation>Hay una evaluación en curso. ¿Salir y detenerla? Las respuestas obtenidas se conservan: Reanudar la continúa más tarde.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <source>The vault passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña de la bóveda.</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>Paquete de modelo</translation>
    </message>
    <message>
        <source>{problem}. The last used model pack is loaded instead.</source>
        <translation>{problem}. Se carga en su lugar el último paquete de modelo usado.</translation>
    </message>
    <message>
        <source>Wait for the answer to finish (or press Stop) before changing the model pack.</source>
        <translation>Espere a que termine la respuesta (o pulse Detener) antes de cambiar el paquete de modelo.</translation>
    </message>
    <message>
        <source>Checking the model pack…</source>
        <translation>Comprobando el paquete de modelo…</translation>
    </message>
    <message>
        <source>{pack} was not loaded: its license was not accepted.</source>
        <translation>{pack} no se cargó: no se aceptó su licencia.</translation>
    </message>
    <message>
        <source>Loading {pack}…</source>
        <translation>Cargando {pack}…</translation>
    </message>
    <message>
        <source>{pack}: {stage}…</source>
        <translation>{pack}: {stage}…</translation>
    </message>
    <message>
        <source>The model pack could not be loaded ({type}: {exc})</source>
        <translation>No se pudo cargar el paquete de modelo ({type}: {exc})</translation>
    </message>
    <message>
        <source>Pack: {pack}</source>
        <translation>Paquete: {pack}</translation>
    </message>
    <message>
        <source>Loading the model pack…</source>
        <translation>Cargando el paquete de modelo…</translation>
    </message>
    <message>
        <source>Load a model pack to ask questions (Model ▸ Model packs).</source>
        <translation>Cargue un paquete de modelo para hacer preguntas (Modelo ▸ Paquetes de modelo).</translation>
    </message>
    <message>
        <source>Add a photo to ask about it.</source>
        <translation>Añada una foto para preguntar sobre ella.</translation>
    </message>
    <message>
        <source>Asking about photo {number} ({view})</source>
        <translation>Preguntando sobre la foto {number} ({view})</translation>
    </message>
    <message>
        <source>model pack: {pack}</source>
        <translation>paquete de modelo: {pack}</translation>
    </message>
    <message>
        <source>Medical disclaimer</source>
        <translation>Aviso médico</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About SkinGPT Desktop</source>
        <translation>Acerca de SkinGPT Desktop</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Ocultar &amp;detalles</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <source>Build details</source>
        <translation>Detalles de la instalación</translation>
    </message>
    <message>
        <source>&amp;Copy build report</source>
        <translation>&amp;Copiar informe de compilación</translation>
    </message>
    <message>
        <source>Copy build report</source>
        <translation>Copiar informe de compilación</translation>
    </message>
    <message>
        <source>The build report could not be gathered ({error}).</source>
        <translation>No se pudo reunir el informe de compilación ({error}).</translation>
    </message>
    <message>
        <source>Build report copied: paste it where support asks.</source>
        <translation>Informe de compilación copiado: péguelo donde se lo pida el servicio de asistencia.</translation>
    </message>
    <message>
        <source>Save this case before closing?</source>
        <translation>¿Guardar este caso antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Looking for model packs…</source>
        <translation>Buscando paquetes de modelo…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model pack is installed yet.&lt;/p&gt;&lt;p&gt;Import one from a folder or USB drive, or download one from Hugging Face.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todavía no hay ningún paquete de modelo instalado.&lt;/p&gt;&lt;p&gt;Importe uno desde una carpeta o una memoria USB, o descargue uno de Hugging Face.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Downloading {file}</source>
        <translation>Descargando {file}</translation>
    </message>
    <message>
        <source>Verifying {file}</source>
        <translation>Verificando {file}</translation>
    </message>
    <message>
        <source>Copying and verifying {file}</source>
        <translation>Copiando y verificando {file}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
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
        <translation> · {speed}/s · tiempo restante: {time}</translation>
    </message>
    <message>
        <source>None stated</source>
        <translation>No se indica ninguna</translation>
    </message>
    <message>
        <source>{name} from {origin}</source>
        <translation>{name} (origen: {origin})</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>una cantidad desconocida</translation>
    </message>
    <message>
        <source>RAM needed:</source>
        <translation>RAM necesaria:</translation>
    </message>
    <message>
        <source>about {ram}; this computer has {have}.</source>
        <translation>aproximadamente {ram}; este equipo tiene {have}.</translation>
    </message>
    <message>
        <source>not stated by the pack; this computer has {have}.</source>
        <translation>el paquete no lo indica; este equipo tiene {have}.</translation>
    </message>
    <message>
        <source>Checking the GPU&apos;s memory…</source>
        <translation>Comprobando la memoria de la GPU…</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Advertencia:</translation>
    </message>
    <message>
        <source>The app asks the model to answer in the language chosen in Settings, but the model&apos;s answers in languages other than English are of limited quality: Llama 2&apos;s model card puts other languages out of scope. The app&apos;s fixed texts and the warning signs are always its own reviewed translations, never the model&apos;s.</source>
        <translation>La aplicación pide al modelo que responda en el idioma elegido en Configuración, pero las respuestas del modelo en idiomas distintos del inglés son de calidad limitada: la ficha del modelo de Llama 2 deja los demás idiomas fuera de su ámbito de uso. Los textos fijos de la aplicación y los signos de alarma son siempre traducciones revisadas de la propia aplicación, nunca del modelo.</translation>
    </message>
    <message>
        <source>The app asks the model to answer in the language chosen in Settings; how well it answers in languages other than English depends on the model (see its own model card). The app&apos;s fixed texts and the warning signs are always its own reviewed translations, never the model&apos;s.</source>
        <translation>La aplicación pide al modelo que responda en el idioma elegido en Configuración; la calidad de sus respuestas en idiomas distintos del inglés depende del modelo (consulte su propia ficha de modelo). Los textos fijos de la aplicación y los signos de alarma son siempre sus propias traducciones revisadas, nunca las del modelo.</translation>
    </message>
    <message>
        <source>This license must be accepted before the pack is first used: the app asks.</source>
        <translation>Esta licencia debe aceptarse antes del primer uso del paquete: la aplicación lo pregunta.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Quantization:</source>
        <translation>Cuantización:</translation>
    </message>
    <message>
        <source>Conversation format:</source>
        <translation>Formato de conversación:</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>Procedencia:</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>Uso previsto:</translation>
    </message>
    <message>
        <source>Known limits:</source>
        <translation>Limitaciones conocidas:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>Converted from:</source>
        <translation>Convertido a partir de:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>{repo}, revision {revision}</source>
        <translation>{repo}, revisión {revision}</translation>
    </message>
    <message>
        <source>Downloaded from:</source>
        <translation>Descargado de:</translation>
    </message>
    <message>
        <source>SHA-256 of the downloaded files (checked against Hugging Face):</source>
        <translation>SHA-256 de los archivos descargados (comprobados con Hugging Face):</translation>
    </message>
    <message>
        <source>Model packs</source>
        <translation>Paquetes de modelo</translation>
    </message>
    <message>
        <source>Installed model packs</source>
        <translation>Paquetes de modelo instalados</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Ficha del modelo</translation>
    </message>
    <message>
        <source>&amp;Use this pack</source>
        <translation>&amp;Usar este paquete</translation>
    </message>
    <message>
        <source>&amp;Import from folder…</source>
        <translation>&amp;Importar desde carpeta…</translation>
    </message>
    <message>
        <source>Import &amp;GGUF files…</source>
        <translation>Importar archivos &amp;GGUF…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Installed &amp;packs</source>
        <translation>&amp;Paquetes instalados</translation>
    </message>
    <message>
        <source>Cata&amp;logue</source>
        <translation>Catá&amp;logo</translation>
    </message>
    <message>
        <source>Download from Hugging Face</source>
        <translation>Descargar de Hugging Face</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>propietario/nombre</translation>
    </message>
    <message>
        <source>Repository id</source>
        <translation>ID del repositorio</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repositorio:</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Re&amp;vision:</source>
        <translation>Re&amp;visión:</translation>
    </message>
    <message>
        <source>Downloads resume where they stopped, even after a restart, and every file is checked against the hash Hugging Face publishes and the pack&apos;s SHA-256 list before anything is installed.</source>
        <translation>Las descargas se reanudan donde se interrumpieron, incluso tras reiniciar, y cada archivo se comprueba con el hash que publica Hugging Face y con la lista SHA-256 del paquete antes de instalar nada.</translation>
    </message>
    <message>
        <source>Install progress</source>
        <translation>Progreso de la instalación</translation>
    </message>
    <message>
        <source>Install status</source>
        <translation>Estado de la instalación</translation>
    </message>
    <message>
        <source>{pack} (in use)</source>
        <translation>{pack} (en uso)</translation>
    </message>
    <message>
        <source>{pack} (could not be loaded)</source>
        <translation>{pack} (no se pudo cargar)</translation>
    </message>
    <message>
        <source>The installed packs could not be listed ({type}).</source>
        <translation>No se pudieron listar los paquetes instalados ({type}).</translation>
    </message>
    <message>
        <source>This pack could not be loaded:</source>
        <translation>Este paquete no se pudo cargar:</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>Paquete de modelo</translation>
    </message>
    <message>
        <source>{advice}

Use this pack anyway?</source>
        <translation>{advice}

¿Usar este paquete de todos modos?</translation>
    </message>
    <message>
        <source>Remove model pack</source>
        <translation>Eliminar paquete de modelo</translation>
    </message>
    <message>
        <source>Delete the pack &apos;{pack}&apos; and its files from this computer?</source>
        <translation>¿Eliminar de este equipo el paquete «{pack}» y sus archivos?</translation>
    </message>
    <message>
        <source>Removing {pack}…</source>
        <translation>Eliminando {pack}…</translation>
    </message>
    <message>
        <source>Removed {pack}.</source>
        <translation>Se eliminó {pack}.</translation>
    </message>
    <message>
        <source>The pack could not be removed completely ({type}: {exc}).</source>
        <translation>No se pudo eliminar el paquete por completo ({type}: {exc}).</translation>
    </message>
    <message>
        <source>Choose the model pack folder</source>
        <translation>Elija la carpeta del paquete de modelo</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Enter a repository id such as owner/skingpt4-q4.</source>
        <translation>Introduzca un ID de repositorio, por ejemplo, propietario/skingpt4-q4.</translation>
    </message>
    <message>
        <source>Connecting to download {repo}…</source>
        <translation>Conectando para descargar {repo}…</translation>
    </message>
    <message>
        <source>Choose the language model (.gguf)</source>
        <translation>Elija el modelo de lenguaje (.gguf)</translation>
    </message>
    <message>
        <source>Choose its vision projector (mmproj .gguf)</source>
        <translation>Elija su proyector de visión (mmproj .gguf)</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf)</source>
        <translation>Archivos GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Building a model pack from {file}…</source>
        <translation>Creando un paquete de modelo a partir de {file}…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was installed.</source>
        <translation>Cancelado. No se instaló nada.</translation>
    </message>
    <message>
        <source>{pack} is already installed; remove it first to install it again.</source>
        <translation>{pack} ya está instalado; elimínelo primero para volver a instalarlo.</translation>
    </message>
    <message>
        <source>Connecting to download {pack}…</source>
        <translation>Conectando para descargar {pack}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Installed and verified: {pack}</source>
        <translation>Instalado y verificado: {pack}</translation>
    </message>
    <message>
        <source>The pack could not be installed ({type}: {exc}).</source>
        <translation>No se pudo instalar el paquete ({type}: {exc}).</translation>
    </message>
    <message>
        <source>Cancelled. A download continues where it stopped when you press Download again.</source>
        <translation>Cancelado. Cuando vuelva a pulsar Descargar, la descarga se reanudará donde se interrumpió.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Too weak</source>
        <translation>Demasiado débil</translation>
    </message>
    <message>
        <source>Use at least 8 characters; four or more random words work well.</source>
        <translation>Use al menos 8 caracteres; cuatro o más palabras al azar funcionan bien.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Add another word or two, or mix in digits and symbols.</source>
        <translation>Añada una o dos palabras más, o mezcle números y símbolos.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good start; one more random word makes it much stronger.</source>
        <translation>Buen comienzo; una palabra al azar más la hace mucho más segura.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>A good passphrase. Write it down somewhere safe.</source>
        <translation>Una buena frase de contraseña. Anótela en un lugar seguro.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Segura</translation>
    </message>
    <message>
        <source>A strong passphrase. Write it down somewhere safe.</source>
        <translation>Una frase de contraseña segura. Anótela en un lugar seguro.</translation>
    </message>
    <message>
        <source>It is built on a common word (“{word}”), one of the first guesses; use four or more random words.</source>
        <translation>Se basa en una palabra común («{word}»), de las primeras que se prueban; use cuatro o más palabras al azar.</translation>
    </message>
    <message>
        <source>Repeated or consecutive characters are guessed quickly; use four or more random words.</source>
        <translation>Los caracteres repetidos o consecutivos se adivinan rápido; use cuatro o más palabras al azar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}.&lt;/b&gt; {advice}</source>
        <translation>&lt;b&gt;{label}.&lt;/b&gt; {advice}</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>I: always burns, never tans (very pale skin)</source>
        <translation>I: siempre se quema, nunca se broncea (piel muy clara)</translation>
    </message>
    <message>
        <source>II: usually burns, tans with difficulty (fair skin)</source>
        <translation>II: suele quemarse, se broncea con dificultad (piel clara)</translation>
    </message>
    <message>
        <source>III: sometimes burns, tans gradually (light brown skin)</source>
        <translation>III: a veces se quema, se broncea poco a poco (piel morena clara)</translation>
    </message>
    <message>
        <source>IV: rarely burns, tans easily (moderate brown skin)</source>
        <translation>IV: rara vez se quema, se broncea con facilidad (piel morena)</translation>
    </message>
    <message>
        <source>V: very rarely burns, tans very easily (dark brown skin)</source>
        <translation>V: muy rara vez se quema, se broncea con mucha facilidad (piel morena oscura)</translation>
    </message>
    <message>
        <source>VI: never burns (deeply pigmented, dark brown to black skin)</source>
        <translation>VI: nunca se quema (piel muy pigmentada, de marrón oscuro a negra)</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Paciente nuevo</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <source>&amp;Name or ID:</source>
        <translation>&amp;Nombre o ID:</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>Nombre o ID</translation>
    </message>
    <message>
        <source>&amp;Clinic number:</source>
        <translation>Nº de &amp;clínica:</translation>
    </message>
    <message>
        <source>Clinic patient number</source>
        <translation>Número de paciente en la clínica</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Año de nacimiento:</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
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
        <translation>&amp;Pueblo o contacto:</translation>
    </message>
    <message>
        <source>Village or contact</source>
        <translation>Pueblo o contacto</translation>
    </message>
    <message>
        <source>&amp;Fitzpatrick type:</source>
        <translation>&amp;Fototipo de Fitzpatrick:</translation>
    </message>
    <message>
        <source>Fitzpatrick skin type</source>
        <translation>Fototipo de Fitzpatrick</translation>
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
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>V&amp;isits:</source>
        <translation>&amp;Visitas:</translation>
    </message>
    <message>
        <source>Visits, oldest first</source>
        <translation>Visitas, de la más antigua a la más reciente</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>e.g. penicillin; none known</source>
        <translation>p. ej., penicilina; ninguna conocida</translation>
    </message>
    <message>
        <source>e.g. village, or a phone number</source>
        <translation>p. ej., pueblo o un número de teléfono</translation>
    </message>
    <message>
        <source>Double-click to open this visit</source>
        <translation>Doble clic para abrir esta visita</translation>
    </message>
    <message>
        <source>No visits saved yet</source>
        <translation>Aún no hay visitas guardadas</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Close-up</source>
        <translation>Primer plano</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>Plano general</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>close-up</source>
        <translation>primer plano</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>plano general</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolución</translation>
    </message>
    <message>
        <source>blur</source>
        <translation>desenfoque</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>oscura</translation>
    </message>
    <message>
        <source>bright</source>
        <translation>sobreexpuesta</translation>
    </message>
    <message>
        <source>{width} x {height} pixels</source>
        <translation>{width} x {height} píxeles</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo quality: good&lt;/b&gt; ({size}). Sharp and well exposed.</source>
        <translation>&lt;b&gt;Calidad de la foto: buena&lt;/b&gt; ({size}). Nítida y bien expuesta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photo quality: consider retaking&lt;/b&gt; ({size})</source>
        <translation>&lt;b&gt;Calidad de la foto: conviene repetirla&lt;/b&gt; ({size})</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Selected photo</source>
        <translation>Foto seleccionada</translation>
    </message>
    <message>
        <source>Photos of this case</source>
        <translation>Fotos de este caso</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>Kind of photo (close-up or wide)</source>
        <translation>Tipo de foto (primer plano o plano general)</translation>
    </message>
    <message>
        <source>Photo quality</source>
        <translation>Calidad de la foto</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>&amp;Añadir foto…</translation>
    </message>
    <message>
        <source>Add a photo from a file (Ctrl+O)</source>
        <translation>Añadir una foto desde un archivo (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste a photo from the clipboard</source>
        <translation>Pegar una foto desde el portapapeles</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>&amp;Cámara…</translation>
    </message>
    <message>
        <source>Take a photo with a camera (Ctrl+Shift+C)</source>
        <translation>Tomar una foto con una cámara (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected photo from this case</source>
        <translation>Quitar la foto seleccionada de este caso</translation>
    </message>
    <message>
        <source>Photo &amp;tips</source>
        <translation>Consejos para &amp;fotos</translation>
    </message>
    <message>
        <source>How to take a photo the model can use</source>
        <translation>Cómo tomar una foto que el modelo pueda usar</translation>
    </message>
    <message>
        <source>Paste photo</source>
        <translation>Pegar foto</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Photos ({patterns});;All files (*)</source>
        <translation>Fotos ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <source>The clipboard holds no photo. Copy an image or a photo file first.</source>
        <translation>El portapapeles no contiene ninguna foto. Copie primero una imagen o un archivo de foto.</translation>
    </message>
    <message>
        <source>The photo could not be opened ({type}).</source>
        <translation>No se pudo abrir la foto ({type}).</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>Comprobando la foto…</translation>
    </message>
    <message>
        <source>Photo quality good</source>
        <translation>Calidad de la foto buena</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Photo quality: {problems}</source>
        <translation>Calidad de la foto: {problems}</translation>
    </message>
    <message>
        <source>{number}. {view}</source>
        <translation>{number}. {view}</translation>
    </message>
    <message>
        <source>Remove photo {number} from this case?</source>
        <translation>¿Quitar la foto {number} de este caso?</translation>
    </message>
    <message>
        <source>Photo tips</source>
        <translation>Consejos para fotos</translation>
    </message>
    <message>
        <source>Drop a photo here, paste one (Ctrl+V), or use Add photo (Ctrl+O).</source>
        <translation>Suelte una foto aquí, péguela (Ctrl+V) o use Añadir foto (Ctrl+O).</translation>
    </message>
</context>
<context>
    <name>RecordFlows</name>
    <message>
        <source>The patient was not added</source>
        <translation>No se añadió el paciente</translation>
    </message>
    <message>
        <source>The patient could not be opened</source>
        <translation>No se pudo abrir el paciente</translation>
    </message>
    <message>
        <source>The patient was not changed</source>
        <translation>No se modificó el paciente</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>No se pudo abrir el caso</translation>
    </message>
    <message>
        <source>The case was not changed</source>
        <translation>No se modificó el caso</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>SkinGPT Desktop vault recovery key</source>
        <translation>Clave de recuperación de la bóveda de SkinGPT Desktop</translation>
    </message>
    <message>
        <source>Opens the vault: {file}</source>
        <translation>Abre la bóveda: {file}</translation>
    </message>
    <message>
        <source>Vault ID: {id}</source>
        <translation>ID de la bóveda: {id}</translation>
    </message>
    <message>
        <source>Made on: {date}</source>
        <translation>Creada el: {date}</translation>
    </message>
    <message>
        <source>This key opens the vault if the passphrase is forgotten. Anyone who has it and the vault file can read every record: keep it somewhere safe, away from this computer.</source>
        <translation>Esta clave abre la bóveda si se olvida la frase de contraseña. Quien la tenga junto con el archivo de la bóveda puede leer todos los registros: guárdela en un lugar seguro, lejos de este equipo.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Tick every warning sign &lt;b&gt;the patient has now&lt;/b&gt;. These questions are about the patient&apos;s symptoms, not about the photo. Fixed rules from public medical guidance use them to set how urgent this is; the model may at most suggest seeing a doctor within 2 weeks.</source>
        <translation>Marque todos los signos de alarma que &lt;b&gt;el paciente tiene ahora&lt;/b&gt;. Estas preguntas tratan de los síntomas del paciente, no de la foto. Unas reglas fijas, tomadas de guías médicas públicas, los usan para establecer la urgencia; el modelo como mucho puede sugerir ver a un médico en 2 semanas.</translation>
    </message>
    <message>
        <source>Writing the summary (one more answer from the model)… Cancel stops it.</source>
        <translation>Escribiendo el resumen (una respuesta más del modelo)… Cancelar lo detiene.</translation>
    </message>
    <message>
        <source>This report will be stored in the vault with the case when you save the case (File ▸ Save case).</source>
        <translation>Este informe se guardará en la bóveda junto con el caso cuando guarde el caso (Archivo ▸ Guardar caso).</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>{names} already exists in this folder. Replace?</source>
        <translation>{names} ya existe en esta carpeta. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>{names} already exist in this folder. Replace?</source>
        <translation>{names} ya existen en esta carpeta. ¿Desea reemplazarlos?</translation>
    </message>
    <message>
        <source>Replace reports</source>
        <translation>Reemplazar informes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signos de alarma</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Ninguno de estos</translation>
    </message>
    <message>
        <source>Writing the summary</source>
        <translation>Escribiendo el resumen</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>&amp;Crear informe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the summary, or close without a report</source>
        <translation>Detener el resumen o cerrar sin informe</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Warning signs ticked</source>
        <translation>Signos de alarma marcados</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Resumen del informe</translation>
    </message>
    <message>
        <source>Where the report is stored</source>
        <translation>Dónde se guarda el informe</translation>
    </message>
    <message>
        <source>Saved files</source>
        <translation>Archivos guardados</translation>
    </message>
    <message>
        <source>&amp;Save PDFs…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>Write the patient and the clinician report into a folder</source>
        <translation>Guardar el informe para el paciente y el informe clínico en una carpeta</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Patient report…</source>
        <translation>Informe para el paciente…</translation>
    </message>
    <message>
        <source>Clinician report…</source>
        <translation>Informe clínico…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>The report could not be made ({type}).</source>
        <translation>No se pudo crear el informe ({type}).</translation>
    </message>
    <message>
        <source>Stopped: no report was made.</source>
        <translation>Detenido: no se creó ningún informe.</translation>
    </message>
    <message>
        <source>Storing the report in the vault…</source>
        <translation>Guardando el informe en la bóveda…</translation>
    </message>
    <message>
        <source>The report was not stored in the vault: {error}</source>
        <translation>El informe no se guardó en la bóveda: {error}</translation>
    </message>
    <message>
        <source>Stored in the vault with this case (encrypted).</source>
        <translation>Guardado en la bóveda con este caso (cifrado).</translation>
    </message>
    <message>
        <source>Save the patient and clinician reports in…</source>
        <translation>Guardar el informe para el paciente y el clínico en…</translation>
    </message>
    <message>
        <source>Writing the PDFs…</source>
        <translation>Escribiendo los PDF…</translation>
    </message>
    <message>
        <source>Saved {names} in {folder}.</source>
        <translation>Se guardaron {names} en {folder}.</translation>
    </message>
    <message>
        <source>The PDFs could not be written ({type}).</source>
        <translation>No se pudieron escribir los PDF ({type}).</translation>
    </message>
    <message>
        <source>The patient report was sent to the printer.</source>
        <translation>El informe para el paciente se envió a la impresora.</translation>
    </message>
    <message>
        <source>The clinician report was sent to the printer.</source>
        <translation>El informe clínico se envió a la impresora.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring adds the records of a backup that this vault does not have. Records already here are kept as they are: nothing is overwritten. The backup is checked completely first, and nothing is written if any part of it is damaged.</source>
        <translation>Al restaurar se añaden los registros de la copia de seguridad que esta bóveda no tiene. Los registros que ya están aquí se conservan tal como están: no se sobrescribe nada. Primero se comprueba la copia de seguridad completa y no se escribe nada si alguna parte está dañada.</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Archivo de copia de seguridad:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose a backup file (.skgbackup)</source>
        <translation>Elija un archivo de copia de seguridad (.skgbackup)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>A backup opens with the vault passphrase of the computer that made it, or with its own passphrase if it was given one.</source>
        <translation>Una copia de seguridad se abre con la frase de contraseña de la bóveda del equipo que la creó, o con su propia frase de contraseña si se le asignó una.</translation>
    </message>
    <message>
        <source>Cases in the backup</source>
        <translation>Casos de la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Check backup</source>
        <translation>&amp;Comprobar la copia de seguridad</translation>
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
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Elija una copia de seguridad para restaurar</translation>
    </message>
    <message>
        <source>SkinGPT backups (*.skgbackup);;All files (*)</source>
        <translation>Copias de seguridad de SkinGPT (*.skgbackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking every record of the backup…</source>
        <translation>Comprobando todos los registros de la copia de seguridad…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was written.</source>
        <translation>Se detuvo la comprobación. No se escribió nada.</translation>
    </message>
    <message>
        <source>The backup is intact. Restore adds what is listed.</source>
        <translation>La copia de seguridad está intacta. Al restaurar se añade lo que aparece en la lista.</translation>
    </message>
    <message>
        <source>Everything in this backup is already in the vault: restoring it would add nothing.</source>
        <translation>Todo lo que contiene esta copia de seguridad ya está en la bóveda: restaurarla no añadiría nada.</translation>
    </message>
    <message>
        <source>the whole vault</source>
        <translation>toda la bóveda</translation>
    </message>
    <message>
        <source>one case</source>
        <translation>un caso</translation>
    </message>
    <message>
        <source>A backup of {scope}, made {date}.</source>
        <translation>Una copia de seguridad de {scope}, creada el {date}.</translation>
    </message>
    <message>
        <source>To be added: cases {case}, patients {patient}, photos {photo}, reports {report}.</source>
        <translation>Se añadirán: casos {case}, pacientes {patient}, fotos {photo}, informes {report}.</translation>
    </message>
    <message>
        <source>{case} (already in this vault: kept as it is)</source>
        <translation>{case} (ya está en esta bóveda: se conserva tal como está)</translation>
    </message>
    <message numerus="yes">
        <source>Records of the backup already in this vault, which will be kept as they are: %n.</source>
        <translation>
            <numerusform>Registros de la copia de seguridad que ya están en esta bóveda y se conservarán tal como están: %n.</numerusform>
            <numerusform>Registros de la copia de seguridad que ya están en esta bóveda y se conservarán tal como están: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>{title} · no patient</source>
        <translation>{title} · sin paciente</translation>
    </message>
    <message>
        <source>unnamed patient</source>
        <translation>paciente sin nombre</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>Restoring… every record is checked again as it is added.</source>
        <translation>Restaurando… cada registro se vuelve a comprobar al añadirlo.</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was added to the vault.</source>
        <translation>Se canceló la restauración; no se añadió nada a la bóveda.</translation>
    </message>
    <message numerus="yes">
        <source>Records restored from the backup: %n.</source>
        <translation>
            <numerusform>Registros restaurados desde la copia de seguridad: %n.</numerusform>
            <numerusform>Registros restaurados desde la copia de seguridad: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records already in the vault, kept as they were: %n.</source>
        <translation>
            <numerusform>Registros que ya estaban en la bóveda y se conservaron tal como estaban: %n.</numerusform>
            <numerusform>Registros que ya estaban en la bóveda y se conservaron tal como estaban: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Nothing was written.</source>
        <translation>Esa frase de contraseña no abre esta copia de seguridad. No se escribió nada.</translation>
    </message>
    <message>
        <source>an unexpected error ({type})</source>
        <translation>un error inesperado ({type})</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}.</source>
        <translation>No se restauró nada: {reason}.</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}. Nothing was written.</source>
        <translation>Este archivo no se puede restaurar: {reason}. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>SaveCaseDialog</name>
    <message>
        <source>Save case</source>
        <translation>Guardar caso</translation>
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
        <translation>Título del caso</translation>
    </message>
    <message>
        <source>&amp;Body site:</source>
        <translation>&amp;Localización:</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Localización</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>&amp;Symptoms:</source>
        <translation>&amp;Síntomas:</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Est&amp;ado:</translation>
    </message>
    <message>
        <source>Same s&amp;pot as:</source>
        <translation>Misma &amp;zona que:</translation>
    </message>
    <message>
        <source>Earlier visit of this spot</source>
        <translation>Visita anterior de esta zona</translation>
    </message>
    <message>
        <source>C&amp;hange since then:</source>
        <translation>Ca&amp;mbio desde entonces:</translation>
    </message>
    <message>
        <source>What changed since the earlier visit</source>
        <translation>Qué cambió desde la visita anterior</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>Paciente &amp;nuevo…</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Paciente nuevo</translation>
    </message>
    <message>
        <source>e.g. larger, edge now irregular</source>
        <translation>p. ej., más grande, borde ahora irregular</translation>
    </message>
    <message>
        <source>No patient (anonymous case)</source>
        <translation>Sin paciente (caso anónimo)</translation>
    </message>
    <message>
        <source>{patient} (new)</source>
        <translation>{patient} (nuevo)</translation>
    </message>
    <message>
        <source>(age {age})</source>
        <translation>({age} años)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>Allergies:</source>
        <translation>Alergias:</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Caso sin título</translation>
    </message>
    <message>
        <source>Onset: {onset}</source>
        <translation>Inicio: {onset}</translation>
    </message>
    <message>
        <source>Symptoms: {symptoms}</source>
        <translation>Síntomas: {symptoms}</translation>
    </message>
    <message>
        <source>Follow-up of {visit}</source>
        <translation>Seguimiento de {visit}</translation>
    </message>
    <message>
        <source>Change: {note}</source>
        <translation>Cambio: {note}</translation>
    </message>
    <message>
        <source>e.g. left forearm</source>
        <translation>p. ej., antebrazo izquierdo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>Seguimiento previsto</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Derivado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>A new spot (no earlier visit)</source>
        <translation>Una zona nueva (sin visita anterior)</translation>
    </message>
    <message>
        <source>Link this visit to an earlier one of the same lesion to compare the photos side by side</source>
        <translation>Enlazar esta visita con una anterior de la misma lesión para comparar las fotos lado a lado</translation>
    </message>
    <message>
        <source>e.g. three weeks ago</source>
        <translation>p. ej., hace tres semanas</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>the vault is locked; unlock it with your passphrase</source>
        <translation>la bóveda está bloqueada; desbloquéela con su frase de contraseña</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A number from {low} to {high} fits here; the largest, {high}, is set.</source>
        <translation>Aquí cabe un número de {low} a {high}; se ha puesto el mayor, {high}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
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
        <translation>Ejecución del modelo (se aplica al volver a cargar el paquete)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Idioma de la &amp;interfaz:</translation>
    </message>
    <message>
        <source>Answer &amp;language:</source>
        <translation>Idioma de las &amp;respuestas:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>CPU &amp;threads:</source>
        <translation>&amp;Hilos de CPU:</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>Capas en la &amp;GPU:</translation>
    </message>
    <message>
        <source>&amp;Context size:</source>
        <translation>Tamaño del &amp;contexto:</translation>
    </message>
    <message>
        <source>&amp;Vision model runs on:</source>
        <translation>El modelo de &amp;visión se ejecuta con:</translation>
    </message>
    <message>
        <source>&amp;Speculative decoding:</source>
        <translation>Decodificación e&amp;speculativa:</translation>
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
        <translation>Longitud &amp;máxima de la respuesta:</translation>
    </message>
    <message>
        <source>Loc&amp;k the vault after:</source>
        <translation>&amp;Bloquear la bóveda tras:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Answer language</source>
        <translation>Idioma de las respuestas</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Capas en la GPU</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>Tamaño del contexto</translation>
    </message>
    <message>
        <source>Automatic (ggml if it works here, else numpy)</source>
        <translation>Automático (ggml si funciona aquí; si no, numpy)</translation>
    </message>
    <message>
        <source>ggml (least memory; on the GPU with GPU layers; on a CPU it can be slower than numpy)</source>
        <translation>ggml (menos memoria; en la GPU con capas de GPU; en una CPU puede ser más lento que numpy)</translation>
    </message>
    <message>
        <source>numpy (the exact reference; most memory)</source>
        <translation>numpy (la referencia exacta; más memoria)</translation>
    </message>
    <message>
        <source>Automatic measures it once when a pack is first loaded with these settings (three short answers) and remembers the result.</source>
        <translation>El modo automático la mide una vez, la primera vez que se carga un paquete con estos ajustes (tres respuestas cortas), y recuerda el resultado.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Measured with the loaded pack on this computer: {plain:.1f} words per second without it, {draft:.1f} with it ({gain:.2f}x), so automatic keeps it {verdict}.</source>
        <translation>Medido con el paquete cargado en este equipo: {plain:.1f} palabras por segundo sin ella, {draft:.1f} con ella ({gain:.2f}x); por eso el modo automático la deja {verdict}.</translation>
    </message>
    <message>
        <source>The pack&apos;s draft model, or words already in the conversation, propose the next words and the model checks them; the answers stay the model&apos;s own. It pays only where checking several words costs about as much as writing one (a GPU, fast memory): on the 2-core test machine answers came at 0.52-0.97x the speed without it.</source>
        <translation>El modelo borrador del paquete, o palabras ya presentes en la conversación, proponen las siguientes palabras y el modelo las comprueba; las respuestas siguen siendo del modelo. Solo compensa cuando comprobar varias palabras cuesta casi lo mismo que escribir una (una GPU, memoria rápida): en la máquina de prueba de 2 núcleos las respuestas llegaron a 0,52-0,97x la velocidad sin él.</translation>
    </message>
    <message>
        <source>Vision model runs on</source>
        <translation>El modelo de visión se ejecuta con</translation>
    </message>
    <message>
        <source>Automatic: only if it measures faster on this computer</source>
        <translation>Automático: solo si se mide más rápida en este equipo</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>Siempre activada</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Speculative decoding</source>
        <translation>Decodificación especulativa</translation>
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
        <translation>Longitud máxima de la respuesta</translation>
    </message>
    <message>
        <source>Lock the vault after</source>
        <translation>Bloquear la bóveda tras</translation>
    </message>
    <message>
        <source>The model was trained in English: answers in other languages are less reliable. The disclaimer, photo guidance and warning signs are shown in the interface language.</source>
        <translation>El modelo se entrenó en inglés: las respuestas en otros idiomas son menos fiables. El aviso médico, las indicaciones para las fotos y los signos de alarma se muestran en el idioma de la interfaz.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation>Ninguna (solo CPU)</translation>
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
        <translation> min sin uso</translation>
    </message>
    <message>
        <source>&amp;Deterministic (same photo and question, same answer)</source>
        <translation>&amp;Determinista (misma foto y pregunta, misma respuesta)</translation>
    </message>
    <message>
        <source>Deterministic answers</source>
        <translation>Respuestas deterministas</translation>
    </message>
    <message>
        <source>Resets how the model runs and answers and the automatic lock; the languages stay as they are.</source>
        <translation>Restablece la ejecución del modelo, las respuestas y el bloqueo automático; los idiomas no cambian.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Cases without a patient</source>
        <translation>Casos sin paciente</translation>
    </message>
    <message>
        <source>female</source>
        <translation>mujer</translation>
    </message>
    <message>
        <source>male</source>
        <translation>hombre</translation>
    </message>
    <message>
        <source>intersex</source>
        <translation>intersexual</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>photos: {count}</source>
        <translation>fotos: {count}</translation>
    </message>
    <message>
        <source>Damaged case (cannot be read)</source>
        <translation>Caso dañado (no se puede leer)</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Caso sin título</translation>
    </message>
    <message>
        <source>Unnamed patient</source>
        <translation>Paciente sin nombre</translation>
    </message>
    <message>
        <source>no. {number}</source>
        <translation>nº {number}</translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation>nacido/a en {year}</translation>
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
        <translation>Seguimiento de {visit}</translation>
    </message>
    <message>
        <source>Patients and cases</source>
        <translation>Pacientes y casos</translation>
    </message>
    <message>
        <source>Search cases…</source>
        <translation>Buscar casos…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source>This spot&apos;s visits side by side</source>
        <translation>Las visitas de esta zona lado a lado</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>Caso &amp;nuevo</translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation>&amp;Paciente nuevo…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Compare &amp;visits…</source>
        <translation>Comparar &amp;visitas…</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Eliminar caso</translation>
    </message>
    <message>
        <source>Delete the case “{case}” with its photos and conversations? This cannot be undone.</source>
        <translation>¿Eliminar el caso «{case}» con sus fotos y conversaciones? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete patient</source>
        <translation>Eliminar paciente</translation>
    </message>
    <message>
        <source>Delete this patient? Their cases can be deleted too, or kept without a patient. This cannot be undone.</source>
        <translation>¿Eliminar este paciente? Sus casos también se pueden eliminar o conservar sin paciente. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete patient and cases</source>
        <translation>Eliminar paciente y casos</translation>
    </message>
    <message>
        <source>Delete patient, keep cases</source>
        <translation>Eliminar paciente y conservar casos</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>VaultSalvage</name>
    <message>
        <source>Choose an empty folder for the salvaged vault</source>
        <translation>Elija una carpeta vacía para el almacén rescatado</translation>
    </message>
    <message>
        <source>Salvage a damaged vault</source>
        <translation>Rescatar un almacén dañado</translation>
    </message>
    <message>
        <source>Vault passphrase:</source>
        <translation>Frase de contraseña del almacén:</translation>
    </message>
    <message>
        <source>The vault could not be salvaged ({type}).</source>
        <translation>No se pudo rescatar el almacén ({type}).</translation>
    </message>
    <message>
        <source>Copied {count} records into {folder}. Start SkinGPT Desktop with --data-dir &quot;{folder}&quot; to open them; the damaged file was not changed.</source>
        <translation>Se copiaron {count} registros en {folder}. Inicie SkinGPT Desktop con --data-dir &quot;{folder}&quot; para abrirlos; el archivo dañado no se modificó.</translation>
    </message>
    <message>
        <source>{count} records could not be read and were left behind.</source>
        <translation>{count} registros no se pudieron leer y se quedaron atrás.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>SkinGPT Desktop hit an unexpected error. Your saved data is safe; unsaved work in the current conversation may be lost. If you report it, include this (it contains no patient data):</source>
        <translation>SkinGPT Desktop ha encontrado un error inesperado. Sus datos guardados están a salvo; puede perderse lo que no haya guardado de la conversación actual. Si informa del error, incluya lo siguiente (no contiene datos de pacientes):</translation>
    </message>
</context>
</TS>
