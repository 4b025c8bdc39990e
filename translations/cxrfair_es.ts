<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>cxrfair::AddDatasetDialog</name>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Column mapping (generic CSV)</source>
        <translation>Correspondencia de columnas (CSV genérico)</translation>
    </message>
    <message>
        <source>Add a Dataset</source>
        <translation>Añadir un conjunto de datos</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabla:</translation>
    </message>
    <message>
        <source>&amp;Image path:</source>
        <translation>Ruta de la &amp;imagen:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Edad:</translation>
    </message>
    <message>
        <source>&amp;Race:</source>
        <translation>&amp;Etnia:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>Label &amp;columns:</source>
        <translation>&amp;Columnas de etiquetas:</translation>
    </message>
    <message>
        <source>Tick the columns that hold a condition&apos;s label (1, 0, -1 or empty)</source>
        <translation>Marque las columnas que contienen la etiqueta de una afección (1, 0, -1 o vacía)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Dataset Folder</source>
        <translation>Carpeta del conjunto de datos</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>The layout of this folder is not recognised: choose it above.</source>
        <translation>No se reconoce la organización de esta carpeta: elíjala arriba.</translation>
    </message>
    <message>
        <source>A generic CSV needs a table, its image column and at least one label column.</source>
        <translation>Un CSV genérico necesita una tabla, su columna de imágenes y al menos una columna de etiquetas.</translation>
    </message>
    <message>
        <source>Cannot write the column mapping %1: %2</source>
        <translation>No se puede escribir la correspondencia de columnas %1: %2</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Leyendo %1...</translation>
    </message>
    <message>
        <source>Cannot read this dataset: %1</source>
        <translation>No se puede leer este conjunto de datos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 images; %n problem(s), listed in the Problems tab. Add it as it is, or fix the files first.</source>
        <translation>
            <numerusform>%1 imágenes; %n problema, listado en la pestaña Problemas. Añádalo tal cual o corrija antes los archivos.</numerusform>
            <numerusform>%1 imágenes; %n problemas, listados en la pestaña Problemas. Añádalo tal cual o corrija antes los archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 images, no problem found.</source>
        <translation>%1 imágenes, ningún problema encontrado.</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>The table&apos;s first rows, read with the delimiter chosen</source>
        <translation>Las primeras filas de la tabla, leídas con el separador elegido</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegido</translation>
    </message>
    <message>
        <source>Choose the dataset&apos;s folder.</source>
        <translation>Elija la carpeta del conjunto de datos.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Esta carpeta no existe.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>detectado</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
</context>
<context>
    <name>cxrfair::AgeBins</name>
    <message>
        <source>age bins need at least one edge</source>
        <translation>los grupos de edad necesitan al menos un límite</translation>
    </message>
    <message>
        <source>age bin edges must be finite ages</source>
        <translation>los límites de los grupos de edad deben ser edades finitas</translation>
    </message>
    <message>
        <source>age bin edges must increase</source>
        <translation>los límites de los grupos de edad deben ser crecientes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age</source>
        <translation>&apos;%1&apos; no es una edad</translation>
    </message>
</context>
<context>
    <name>cxrfair::AnalysisViews</name>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>%1 (%2): %3, label %4</source>
        <translation>%1 (%2): %3, etiqueta %4</translation>
    </message>
    <message>
        <source>Subgroup AUC</source>
        <translation>AUC por subgrupo</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>ROC and Threshold</source>
        <translation>ROC y umbral</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Representaciones</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galería</translation>
    </message>
    <message>
        <source>PCA selection</source>
        <translation>Selección en el ACP</translation>
    </message>
    <message>
        <source>%1, %2, %3 = %4</source>
        <translation>%1, %2, %3 = %4</translation>
    </message>
    <message>
        <source>Subgroup AUC (comparison)</source>
        <translation>AUC por subgrupo (comparación)</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Cortes</translation>
    </message>
    <message>
        <source>Prompt Sensitivity</source>
        <translation>Sensibilidad a los prompts</translation>
    </message>
    <message>
        <source>Fairness Summary</source>
        <translation>Resumen de equidad</translation>
    </message>
</context>
<context>
    <name>cxrfair::AttributeCountsModel</name>
    <message>
        <source>(missing)</source>
        <translation>(falta)</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
</context>
<context>
    <name>cxrfair::AuditPreset</name>
    <message>
        <source>unknown preset &apos;%1&apos; (%2)</source>
        <translation>preajuste desconocido &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>the preset needs a MIMIC-CXR or an NIH-CXR14 folder</source>
        <translation>el preajuste necesita una carpeta MIMIC-CXR o NIH-CXR14</translation>
    </message>
    <message>
        <source>the preset needs at least one model</source>
        <translation>el preajuste necesita al menos un modelo</translation>
    </message>
</context>
<context>
    <name>cxrfair::AuditReport</name>
    <message>
        <source>patients, all images of a patient together,</source>
        <translation>pacientes, todas las imágenes de un paciente juntas,</translation>
    </message>
    <message>
        <source>images, positives and negatives separately,</source>
        <translation>imágenes, positivos y negativos por separado,</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <source>%1 (model bundle SHA-256 %2)</source>
        <translation>%1 (paquete de modelo SHA-256 %2)</translation>
    </message>
    <message numerus="yes">
        <source>We audited %n CLIP-based model(s), %1, with cxrfair %2.</source>
        <translation>
            <numerusform>Auditamos %n modelo basado en CLIP, %1, con cxrfair %2.</numerusform>
            <numerusform>Auditamos %n modelos basados en CLIP, %1, con cxrfair %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2)</source>
        <translation>%1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 images of %4 patients, read from %5. Views: %6; splits: %7; uncertain labels: %8; blank labels: %9; age groups %10.</source>
        <translation>%1 (%2): %3 imágenes de %4 pacientes, leídas de %5. Vistas: %6; particiones: %7; etiquetas inciertas: %8; etiquetas vacías: %9; grupos de edad %10.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Conditions: %1.</source>
        <translation>Afecciones: %1.</translation>
    </message>
    <message>
        <source>Each image was encoded once per model; a condition&apos;s zero-shot score is sigmoid(T (v.t+ - v.t-)) with the model&apos;s logit scale T, the positive prompt(s) &quot;%1&quot; and the negative prompt(s) &quot;%2&quot;.</source>
        <translation>Cada imagen se codificó una vez por modelo; la puntuación zero-shot de una afección es sigmoid(T (v.t+ - v.t-)) con la escala de logit T del modelo, el o los prompts positivos &quot;%1&quot; y el o los prompts negativos &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>AUCs are given with %1% percentile bootstrap intervals over %2 resamples of %3 with seed %4, and DeLong intervals; each group is tested against the rest with Holm&apos;s correction. Groups with fewer than %5 positives or negatives are flagged and left out of the gaps. Operating thresholds were chosen by the rule %6 on a validation part of 20% of the patients and the rates reported on the others; calibration uses %7 equal-width bins.</source>
        <translation>Los AUC se dan con intervalos bootstrap de percentiles al %1% sobre %2 remuestreos de %3 con semilla %4, e intervalos de DeLong; cada grupo se compara con el resto con la corrección de Holm. Los grupos con menos de %5 positivos o negativos se señalan y se excluyen de las brechas. Los umbrales de funcionamiento se eligieron con la regla %6 en una parte de validación del 20% de los pacientes y las tasas se informan sobre los demás; la calibración usa %7 intervalos de igual anchura.</translation>
    </message>
    <message>
        <source>The image embeddings were projected on two principal components (centred, unscaled), and logistic probes predicted %1 from them with an 80/20 split by patient (C chosen on 20% of the training patients), scored by the macro one-vs-rest AUC.</source>
        <translation>Los embeddings de imágenes se proyectaron en dos componentes principales (centradas, sin escalar), y sondas logísticas predijeron %1 a partir de ellos con una partición 80/20 por paciente (C elegido en el 20% de los pacientes de entrenamiento), evaluadas con el AUC macro uno-contra-todos.</translation>
    </message>
    <message>
        <source>cxrfair audit report</source>
        <translation>informe de auditoría de cxrfair</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>%1 images of %2 patients.</source>
        <translation>%1 imágenes de %2 pacientes.</translation>
    </message>
    <message>
        <source>AUC on all images (95% bootstrap interval)</source>
        <translation>AUC en todas las imágenes (intervalo bootstrap al 95%)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Gaps between groups</source>
        <translation>Brechas entre grupos</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>AUC gap [interval]</source>
        <translation>Brecha de AUC [intervalo]</translation>
    </message>
    <message>
        <source>Worst group</source>
        <translation>Peor grupo</translation>
    </message>
    <message>
        <source>Worst AUC</source>
        <translation>Peor AUC</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Attribute probes on the image embeddings</source>
        <translation>Sondas de atributos sobre los embeddings de imágenes</translation>
    </message>
    <message>
        <source>Macro AUC [interval]</source>
        <translation>AUC macro [intervalo]</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Azar</translation>
    </message>
    <message>
        <source>Shortcut: %1 with and without %2</source>
        <translation>Atajo: %1 con y sin %2</translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation>Sin %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>Tags (devices and acquisition, not findings) were scored zero-shot from the stored image embeddings as conditions are, each with its positive and negative prompts; a tag is given to the %1% of images that score highest unless a threshold is set, and is then an attribute like any other. Where the dataset annotates the same thing, the tag&apos;s AUC against that annotation is given with its patient bootstrap interval.</source>
        <translation>Las etiquetas (dispositivos y adquisición, no hallazgos) se puntuaron zero-shot a partir de los embeddings de imagen almacenados, como las condiciones, cada una con sus prompts positivos y negativos; una etiqueta se asigna al %1 % de imágenes con mayor puntuación salvo que se fije un umbral, y es entonces un atributo como cualquier otro. Donde el conjunto de datos anota lo mismo, se da el AUC de la etiqueta frente a esa anotación con su intervalo bootstrap por paciente.</translation>
    </message>
    <message>
        <source>Slices were searched on half of the patients (a seeded hash) and every figure about them is computed on the other half: the embeddings were reduced by PCA, a mixture of Gaussians with the score&apos;s rank (Domino&apos;s error-aware mixture) fitted to each class, and the %1 components with the lowest AUC difference kept. A slice&apos;s AUC counts the pairs of a positive and a negative of which at least one is in the slice; the difference with the other pairs has a patient bootstrap interval and a permutation p-value.</source>
        <translation>Los cortes se buscaron en la mitad de los pacientes (un hash con semilla) y cada cifra sobre ellos se calcula en la otra mitad: los embeddings se redujeron por PCA, se ajustó a cada clase una mezcla de gaussianas con el rango de la puntuación (la mezcla sensible a errores de Domino) y se conservaron las %1 componentes con menor diferencia de AUC. El AUC de un corte cuenta los pares de un positivo y un negativo de los que al menos uno está en el corte; la diferencia con los demás pares tiene un intervalo bootstrap por paciente y un valor p por permutación.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Images tagged</source>
        <translation>Imágenes etiquetadas</translation>
    </message>
    <message>
        <source>AUC against the annotation [interval]</source>
        <translation>AUC frente a la anotación [intervalo]</translation>
    </message>
    <message>
        <source>%1: slices where the model does worst (held-out half)</source>
        <translation>%1: cortes donde el modelo rinde peor (mitad reservada)</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>Corte</translation>
    </message>
    <message>
        <source>Images (positives)</source>
        <translation>Imágenes (positivas)</translation>
    </message>
    <message>
        <source>AUC, rest</source>
        <translation>AUC, resto</translation>
    </message>
    <message>
        <source>Difference [interval]</source>
        <translation>Diferencia [intervalo]</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Prompt sensitivity: every condition&apos;s AUC, overall and per group, was computed again from the stored embeddings under the study&apos;s prompts, CheXzero&apos;s (&quot;{condition}&quot; against &quot;no {condition}&quot;) and three phrasings of each condition against a matching normal phrase (synonyms-1 to synonyms-3); a set whose AUC over all images is below 0.5 is marked inverted. The AUCs are in prompt-sensitivity.csv.</source>
        <translation>Sensibilidad a los prompts: el AUC de cada condición, global y por grupo, se calculó de nuevo a partir de los embeddings almacenados con los prompts del estudio, los de CheXzero (&quot;{condition}&quot; frente a &quot;no {condition}&quot;) y tres formulaciones de cada condición frente a una frase normal correspondiente (synonyms-1 a synonyms-3); un conjunto cuyo AUC sobre todas las imágenes es menor que 0,5 se marca como invertido. Los AUC están en prompt-sensitivity.csv.</translation>
    </message>
    <message>
        <source>%1: prompt sensitivity</source>
        <translation>%1: sensibilidad a los prompts</translation>
    </message>
    <message>
        <source>AUC on all images under each prompt set; a gap that changes size or worst group with the words is not a finding.</source>
        <translation>AUC sobre todas las imágenes con cada conjunto de prompts; una brecha cuyo tamaño o peor grupo cambia con las palabras no es un hallazgo.</translation>
    </message>
    <message>
        <source>Gap across sets</source>
        <translation>Brecha según los conjuntos</translation>
    </message>
    <message>
        <source>Worst group changes</source>
        <translation>El peor grupo cambia</translation>
    </message>
    <message>
        <source>(inverted)</source>
        <translation>(invertido)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Worst groups, gaps and ES-AUC</source>
        <translation>Peores grupos, brechas y ES-AUC</translation>
    </message>
    <message>
        <source>Over the groups with enough evidence: at least the minimum of images with and without the condition and a bootstrap interval at most %1 wide. The bias-corrected gap is 2 x gap - the mean of the bootstrap gaps (a maximum minus a minimum of noisy estimates is too large); ES-AUC = AUC / (1 + the sum of |AUC of a group - AUC|). All rows are in summary.csv.</source>
        <translation>Sobre los grupos con evidencia suficiente: al menos el mínimo de imágenes con y sin la afección y un intervalo bootstrap de como mucho %1 de ancho. La brecha corregida del sesgo es 2 x brecha - la media de las brechas bootstrap (un máximo menos un mínimo de estimaciones ruidosas es demasiado grande); ES-AUC = AUC / (1 + la suma de |AUC de un grupo - AUC|). Todas las filas están en summary.csv.</translation>
    </message>
    <message>
        <source>Worst AUC [interval]</source>
        <translation>Peor AUC [intervalo]</translation>
    </message>
    <message>
        <source>Gap [interval]</source>
        <translation>Brecha [intervalo]</translation>
    </message>
    <message>
        <source>Bias-corrected gap</source>
        <translation>Brecha corregida del sesgo</translation>
    </message>
    <message>
        <source>ES-AUC</source>
        <translation>ES-AUC</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>Cross-group AUC</source>
        <translation>AUC cruzado entre grupos</translation>
    </message>
    <message>
        <source>xAUC(a, b) is the chance that a positive of a scores above a negative of b (Kallus and Zhou, 2019); the disparity xAUC(a, b) - xAUC(b, a) shows one group&apos;s positives ranked below the other&apos;s negatives. %1 of %2 pairs have a disparity whose interval leaves out 0; the largest %3 are here, every pair in xauc.csv.</source>
        <translation>xAUC(a, b) es la probabilidad de que un positivo de a puntúe por encima de un negativo de b (Kallus y Zhou, 2019); la disparidad xAUC(a, b) - xAUC(b, a) muestra los positivos de un grupo clasificados por debajo de los negativos del otro. %1 de %2 pares tienen una disparidad cuyo intervalo excluye 0; las %3 mayores están aquí, todos los pares en xauc.csv.</translation>
    </message>
    <message>
        <source>xAUC(a, b)</source>
        <translation>xAUC(a, b)</translation>
    </message>
    <message>
        <source>xAUC(b, a)</source>
        <translation>xAUC(b, a)</translation>
    </message>
    <message>
        <source>Disparity [interval]</source>
        <translation>Disparidad [intervalo]</translation>
    </message>
    <message>
        <source>Gaps after matching on covariates</source>
        <translation>Brechas tras el emparejamiento por covariables</translation>
    </message>
    <message>
        <source>Each group&apos;s images reweighted to the same joint distribution of the covariates and the same prevalence as the groups pooled; a gap that shrinks after matching is explained by them. Images in cells that a group lacks are left out. The matched AUCs are in metrics.csv (adjusted = matched).</source>
        <translation>Las imágenes de cada grupo reponderadas a la misma distribución conjunta de las covariables y la misma prevalencia que los grupos reunidos; una brecha que se reduce tras el emparejamiento se explica por ellas. Las imágenes de celdas que falten en un grupo quedan fuera. Los AUC emparejados están en metrics.csv (adjusted = matched).</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>Emparejado por</translation>
    </message>
    <message>
        <source>Gap before [interval]</source>
        <translation>Brecha antes [intervalo]</translation>
    </message>
    <message>
        <source>Gap after [interval]</source>
        <translation>Brecha después [intervalo]</translation>
    </message>
    <message>
        <source>Images left out</source>
        <translation>Imágenes excluidas</translation>
    </message>
    <message>
        <source>Representation shift between groups</source>
        <translation>Desplazamiento de representación entre grupos</translation>
    </message>
    <message>
        <source>The unbiased squared maximum mean discrepancy between two groups&apos; image embeddings (Gaussian kernel, bandwidth the median distance), with a p-value from 1,000 permutations of at most 1,000 images per group: a small p says the groups&apos; images lie apart in embedding space.</source>
        <translation>El cuadrado insesgado de la discrepancia media máxima (MMD) entre las representaciones de las imágenes de dos grupos (núcleo gaussiano, ancho la distancia mediana), con un valor p de 1000 permutaciones de como mucho 1000 imágenes por grupo: un p pequeño indica que las imágenes de los grupos están separadas en el espacio de representaciones.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>MMD²</source>
        <translation>MMD²</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Reproduction of the published results</source>
        <translation>Reproducción de los resultados publicados</translation>
    </message>
    <message>
        <source>Each row of Sourget et al. (FAIMI 2025) that this dataset&apos;s metrics match, next to cxrfair&apos;s value: %1 of %2 intervals overlap. The rows are in reproduction.csv.</source>
        <translation>Cada fila de Sourget et al. (FAIMI 2025) que las métricas de este conjunto de datos encuentran, junto al valor de cxrfair: %1 de %2 intervalos se solapan. Las filas están en reproduction.csv.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Published [interval]</source>
        <translation>Publicado [intervalo]</translation>
    </message>
    <message>
        <source>cxrfair [interval]</source>
        <translation>cxrfair [intervalo]</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Intervals overlap</source>
        <translation>Intervalos solapados</translation>
    </message>
</context>
<context>
    <name>cxrfair::AuditRun</name>
    <message>
        <source>%1: problem: %2</source>
        <translation>%1: problema: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) could not be read (listed in %2)</source>
        <translation>
            <numerusform>%1: %n imagen no se pudo leer (listada en %2)</numerusform>
            <numerusform>%1: %n imágenes no se pudieron leer (listadas en %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: %3 images encoded, %4 reused from the store</source>
        <translation>%1: %2: %3 imágenes codificadas, %4 reutilizadas del almacén</translation>
    </message>
    <message>
        <source>%1: no embedding analysis: %2</source>
        <translation>%1: sin análisis de embeddings: %2</translation>
    </message>
    <message>
        <source>%1: drawing the figures</source>
        <translation>%1: dibujando las figuras</translation>
    </message>
    <message>
        <source>%1: AUC by %2</source>
        <translation>%1: AUC por %2</translation>
    </message>
    <message>
        <source>AUC per condition and %1 group with 95% bootstrap intervals; the dashed line is the AUC on all images; hatched groups are too small to judge.</source>
        <translation>AUC por afección y grupo de %1 con intervalos bootstrap al 95%; la línea discontinua es el AUC en todas las imágenes; los grupos rayados son demasiado pequeños para juzgar.</translation>
    </message>
    <message>
        <source>%1: PCA coloured by %2</source>
        <translation>%1: PCA coloreado por %2</translation>
    </message>
    <message>
        <source>The image embeddings on their first two principal components.</source>
        <translation>Los embeddings de imágenes en sus dos primeras componentes principales.</translation>
    </message>
    <message>
        <source>%1: attribute probes</source>
        <translation>%1: sondas de atributos</translation>
    </message>
    <message>
        <source>Macro AUC of a logistic probe predicting each attribute from the image embeddings (80/20 split by patient), with intervals and the chance level.</source>
        <translation>AUC macro de una sonda logística que predice cada atributo a partir de los embeddings de imágenes (partición 80/20 por paciente), con intervalos y nivel de azar.</translation>
    </message>
    <message>
        <source>%1: reading the cohort in %2</source>
        <translation>%1: leyendo la cohorte en %2</translation>
    </message>
    <message>
        <source>no model to audit</source>
        <translation>ningún modelo que auditar</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>no se puede crear la carpeta de salida</translation>
    </message>
    <message>
        <source>cancelled; what was finished is kept in %1</source>
        <translation>cancelado; lo terminado se conserva en %1</translation>
    </message>
    <message>
        <source>Shortcut: %1 with and without %2</source>
        <translation>Atajo: %1 con y sin %2</translation>
    </message>
    <message>
        <source>AUC on all images, on positives without %1 and on positives with %1 (each against all negatives), with 95% bootstrap intervals.</source>
        <translation>AUC en todas las imágenes, en los positivos sin %1 y en los positivos con %1 (cada uno frente a todos los negativos), con intervalos bootstrap al 95 %.</translation>
    </message>
    <message>
        <source>%1: no published tables for this dataset in %2</source>
        <translation>%1: no hay tablas publicadas para este conjunto de datos en %2</translation>
    </message>
    <message>
        <source>no comparison with the published results: %1</source>
        <translation>sin comparación con los resultados publicados: %1</translation>
    </message>
    <message>
        <source>Models on accuracy and fairness by %1</source>
        <translation>Modelos según rendimiento y equidad por %1</translation>
    </message>
    <message>
        <source>Each model&apos;s AUC on all images against the AUC of its worst %1 group (among the groups with enough evidence), with 95% bootstrap intervals, one panel per condition; filled points are on the Pareto front, the dashed diagonal is a worst group as good as all images.</source>
        <translation>El AUC de cada modelo en todas las imágenes frente al AUC de su peor grupo de %1 (entre los grupos con evidencia suficiente), con intervalos bootstrap del 95 %, un panel por afección; los puntos rellenos están en el frente de Pareto, la diagonal discontinua es un peor grupo tan bueno como todas las imágenes.</translation>
    </message>
    <message>
        <source>no comparison with the published results: no folder %1</source>
        <translation>sin comparación con los resultados publicados: no existe la carpeta %1</translation>
    </message>
    <message>
        <source>no published result matches this dataset&apos;s models (the published ones: %1): name them with --published-map, or in the configuration&apos;s &quot;published&quot;: {&quot;models&quot;: {...}}</source>
        <translation>ningún resultado publicado corresponde a los modelos de este conjunto de datos (los publicados: %1): nómbrelos con --published-map, o en &quot;published&quot;: {&quot;models&quot;: {...}} de la configuración</translation>
    </message>
</context>
<context>
    <name>cxrfair::AuditSettings</name>
    <message>
        <source>a non-negative whole number</source>
        <translation>un número entero no negativo</translation>
    </message>
    <message>
        <source>a level between 0 and 1, e.g. 0.95</source>
        <translation>un nivel entre 0 y 1, p. ej. 0.95</translation>
    </message>
    <message>
        <source>patient, image or label</source>
        <translation>patient, image o label</translation>
    </message>
    <message>
        <source>left out: &quot;bootstrap&quot; gives the resamples already</source>
        <translation>omitido: «bootstrap» ya da los remuestreos</translation>
    </message>
    <message>
        <source>a width above 0 and at most 1, e.g. 0.2</source>
        <translation>un ancho mayor que 0 y como mucho 1, por ejemplo 0.2</translation>
    </message>
    <message>
        <source>an object with &quot;folder&quot; and &quot;models&quot;</source>
        <translation>un objeto con &quot;folder&quot; y &quot;models&quot;</translation>
    </message>
    <message>
        <source>published model names mapped to the audit&apos;s model names, e.g. {&quot;chexzero&quot;: &quot;CheXzero&quot;}</source>
        <translation>nombres de modelos publicados asociados a los nombres de los modelos de la auditoría, por ejemplo {&quot;chexzero&quot;: &quot;CheXzero&quot;}</translation>
    </message>
</context>
<context>
    <name>cxrfair::ChartExport</name>
    <message>
        <source>cxrfair figure</source>
        <translation>figura de cxrfair</translation>
    </message>
    <message>
        <source>figures are written as .png, .svg or .pdf, not &apos;.%1&apos;</source>
        <translation>las figuras se escriben como .png, .svg o .pdf, no como «.%1»</translation>
    </message>
    <message>
        <source>cannot write the figure</source>
        <translation>no se puede escribir la figura</translation>
    </message>
    <message>
        <source>there is no chart to export</source>
        <translation>no hay ningún gráfico que exportar</translation>
    </message>
</context>
<context>
    <name>cxrfair::ChartFigures</name>
    <message>
        <source>the embeddings of %1 have no column &apos;%2&apos;</source>
        <translation>los embeddings de %1 no tienen la columna &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cxrfair audit report</source>
        <translation>informe de auditoría de cxrfair</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>no se puede escribir el PDF</translation>
    </message>
    <message>
        <source>no metrics to draw</source>
        <translation>ninguna métrica que dibujar</translation>
    </message>
</context>
<context>
    <name>cxrfair::ChexpertReader</name>
    <message>
        <source>dataset folder not found</source>
        <translation>no se encuentra la carpeta del conjunto de datos</translation>
    </message>
    <message>
        <source>no CheXpert table (train.csv, valid.csv) in this folder</source>
        <translation>no hay ninguna tabla CheXpert (train.csv, valid.csv) en esta carpeta</translation>
    </message>
    <message>
        <source>no demographics table (CHEXPERT DEMO saved as CSV): race is missing</source>
        <translation>no hay tabla demográfica (CHEXPERT DEMO guardada como CSV): falta la raza</translation>
    </message>
    <message>
        <source>the label columns differ from those of %1</source>
        <translation>las columnas de etiquetas difieren de las de %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>leyendo %1</translation>
    </message>
    <message>
        <source>empty image path</source>
        <translation>ruta de imagen vacía</translation>
    </message>
    <message>
        <source>no patient id (patientNNNNN) in the path</source>
        <translation>no hay identificador de paciente (patientNNNNN) en la ruta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age</source>
        <translation>&apos;%1&apos; no es una edad</translation>
    </message>
    <message>
        <source>impossible age %1; kept as missing</source>
        <translation>edad imposible %1; se deja como ausente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sex</source>
        <translation>&apos;%1&apos; no es un sexo</translation>
    </message>
    <message>
        <source>1.0, 0.0, -1.0 or empty</source>
        <translation>1.0, 0.0, -1.0 o vacío</translation>
    </message>
</context>
<context>
    <name>cxrfair::ClipBpeTokenizer</name>
    <message>
        <source>the context length must be at least 2 (start and end tokens)</source>
        <translation>la longitud de contexto debe ser al menos 2 (tokens de inicio y fin)</translation>
    </message>
    <message>
        <source>not a CLIP BPE merges file: %1 lines where CLIP needs %2</source>
        <translation>no es un archivo de fusiones CLIP BPE: %1 líneas donde CLIP necesita %2</translation>
    </message>
    <message>
        <source>not a merge (&apos;left right&apos;): &apos;%1&apos;</source>
        <translation>no es una fusión (&apos;izquierda derecha&apos;): &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>cxrfair::Cohort</name>
    <message>
        <source>checking image files</source>
        <translation>comprobando los archivos de imagen</translation>
    </message>
    <message>
        <source>the reader produced columns of different lengths</source>
        <translation>el lector produjo columnas de longitudes distintas</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>image file not found: %1</source>
        <translation>no se encuentra el archivo de imagen: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>this cohort has no drain annotations</source>
        <translation>esta cohorte no tiene anotaciones de drenajes</translation>
    </message>
    <message>
        <source>unknown attribute &apos;%1&apos; (this cohort has: %2)</source>
        <translation>atributo desconocido &apos;%1&apos; (esta cohorte tiene: %2)</translation>
    </message>
    <message>
        <source>the intersection has too many groups</source>
        <translation>la intersección tiene demasiados grupos</translation>
    </message>
    <message>
        <source>no image is in the split &apos;%1&apos;; the splits of this dataset are: %2 (or all)</source>
        <translation>ninguna imagen está en la partición «%1»; las particiones de este conjunto de datos son: %2 (o all)</translation>
    </message>
</context>
<context>
    <name>cxrfair::CohortSettings</name>
    <message>
        <source>drop, negative or positive</source>
        <translation>drop, negative o positive</translation>
    </message>
    <message>
        <source>a list of ages in years, e.g. [18, 25, 50]</source>
        <translation>una lista de edades en años, p. ej. [18, 25, 50]</translation>
    </message>
    <message>
        <source>a list of intersections, each a list of at least two attributes</source>
        <translation>una lista de intersecciones, cada una una lista de al menos dos atributos</translation>
    </message>
</context>
<context>
    <name>cxrfair::CohortSettingsEditor</name>
    <message>
        <source>Drop (unknown)</source>
        <translation>Descartar (desconocido)</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Leave out rows whose image file is missing</source>
        <translation>Omitir las filas cuyo archivo de imagen falta</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Study defaults</source>
        <translation>Valores del estudio</translation>
    </message>
    <message>
        <source>all splits</source>
        <translation>todas las particiones</translation>
    </message>
    <message>
        <source>Comma-separated: train, validate, test (MIMIC), train_val, test (NIH), train, valid (CheXpert)</source>
        <translation>Separadas por comas: train, validate, test (MIMIC), train_val, test (NIH), train, valid (CheXpert)</translation>
    </message>
    <message>
        <source>all views</source>
        <translation>todas las vistas</translation>
    </message>
    <message>
        <source>Comma-separated view positions: PA, AP, LATERAL</source>
        <translation>Posiciones de vista separadas por comas: PA, AP, LATERAL</translation>
    </message>
    <message>
        <source>What an uncertain label (-1.0 in CheXpert-style tables) counts as</source>
        <translation>Qué cuenta una etiqueta incierta (-1.0 en las tablas de tipo CheXpert)</translation>
    </message>
    <message>
        <source>What a condition the report does not mention counts as (the study: negative)</source>
        <translation>Qué cuenta una afección que el informe no menciona (el estudio: negativo)</translation>
    </message>
    <message>
        <source>Ascending bin edges in years; ages below the first edge form their own group</source>
        <translation>Límites crecientes en años; las edades por debajo del primero forman su propio grupo</translation>
    </message>
    <message>
        <source>e.g. sex:age, sex:race</source>
        <translation>p. ej. sex:age, sex:race</translation>
    </message>
    <message>
        <source>Attribute intersections to count, comma-separated</source>
        <translation>Cruces de atributos que contar, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Splits:</source>
        <translation>&amp;Particiones:</translation>
    </message>
    <message>
        <source>&amp;Views:</source>
        <translation>&amp;Vistas:</translation>
    </message>
    <message>
        <source>&amp;Uncertain labels:</source>
        <translation>Etiquetas &amp;inciertas:</translation>
    </message>
    <message>
        <source>&amp;Blank labels:</source>
        <translation>Etiquetas &amp;vacías:</translation>
    </message>
    <message>
        <source>&amp;Age bins:</source>
        <translation>Tramos de &amp;edad:</translation>
    </message>
    <message>
        <source>&amp;Intersections:</source>
        <translation>&amp;Cruces:</translation>
    </message>
    <message>
        <source>Age bins: %1</source>
        <translation>Tramos de edad: %1</translation>
    </message>
    <message>
        <source>Intersections: &apos;%1&apos; needs two attributes, e.g. sex:age</source>
        <translation>Cruces: «%1» necesita dos atributos, p. ej. sex:age</translation>
    </message>
    <message>
        <source>&amp;Apply (fix: %1)</source>
        <translation>&amp;Aplicar (corregir: %1)</translation>
    </message>
    <message>
        <source>&amp;Female group:</source>
        <translation>Grupo &amp;femenino:</translation>
    </message>
    <message>
        <source>&amp;Male group:</source>
        <translation>Grupo &amp;masculino:</translation>
    </message>
    <message>
        <source>Race groups</source>
        <translation>Grupos étnicos</translation>
    </message>
    <message>
        <source>The two sex groups need two different names</source>
        <translation>Los dos grupos de sexo necesitan dos nombres distintos</translation>
    </message>
</context>
<context>
    <name>cxrfair::CohortSummaryView</name>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupos</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <source>%1 missing images, %2 invalid rows, %3 outside the split, %4 outside the views, %5 without labels</source>
        <translation>%1 imágenes que faltan, %2 filas no válidas, %3 fuera de la partición, %4 fuera de las vistas, %5 sin etiquetas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt; images from &lt;b&gt;%4&lt;/b&gt; patients. Left out: %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt; imágenes de &lt;b&gt;%4&lt;/b&gt; pacientes. Omitidas: %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation>&amp;Problemas (%1)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Audit CLIP-based chest X-ray models for fairness and robustness&lt;/h2&gt;&lt;p&gt;&lt;a href=&quot;cxrfair:demo&quot;&gt;Open the demo&lt;/a&gt; (synthetic data and a small model: nothing to download) &amp;nbsp;&amp;middot;&amp;nbsp; &lt;a href=&quot;cxrfair:tour&quot;&gt;Take the guided tour&lt;/a&gt; (F1)&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;cxrfair:open&quot;&gt;Open a dataset&lt;/a&gt; (Ctrl+O): a folder in a published layout (NIH ChestX-ray14, MIMIC-CXR, CheXpert) &amp;nbsp;&amp;middot;&amp;nbsp; &lt;a href=&quot;cxrfair:project&quot;&gt;Open a project&lt;/a&gt; (Ctrl+Shift+P)&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Auditar la equidad y la robustez de los modelos CLIP para radiografía de tórax&lt;/h2&gt;&lt;p&gt;&lt;a href=&quot;cxrfair:demo&quot;&gt;Abrir la demo&lt;/a&gt; (datos sintéticos y un modelo pequeño: nada que descargar) &amp;nbsp;&amp;middot;&amp;nbsp; &lt;a href=&quot;cxrfair:tour&quot;&gt;Hacer la visita guiada&lt;/a&gt; (F1)&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;cxrfair:open&quot;&gt;Abrir un conjunto de datos&lt;/a&gt; (Ctrl+O): una carpeta con una organización publicada (NIH ChestX-ray14, MIMIC-CXR, CheXpert) &amp;nbsp;&amp;middot;&amp;nbsp; &lt;a href=&quot;cxrfair:project&quot;&gt;Abrir un proyecto&lt;/a&gt; (Ctrl+Mayús+P)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No dataset read yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todavía no se ha leído ningún conjunto de datos.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cxrfair::ColumnMapping</name>
    <message>
        <source>the column mapping needs &quot;table&quot; (the CSV file)</source>
        <translation>la correspondencia de columnas necesita &quot;table&quot; (el archivo CSV)</translation>
    </message>
    <message>
        <source>the column mapping needs &quot;image&quot; (the image path column)</source>
        <translation>la correspondencia de columnas necesita &quot;image&quot; (la columna de rutas de imagen)</translation>
    </message>
    <message>
        <source>the column mapping needs &quot;labels&quot; (at least one condition)</source>
        <translation>la correspondencia de columnas necesita &quot;labels&quot; (al menos una afección)</translation>
    </message>
    <message>
        <source>every label needs a condition name and a column</source>
        <translation>cada etiqueta necesita un nombre de afección y una columna</translation>
    </message>
    <message>
        <source>a list of column names, or an object of names to columns</source>
        <translation>una lista de nombres de columnas, o un objeto que asocia nombres a columnas</translation>
    </message>
    <message>
        <source>&quot;,&quot;, &quot;;&quot; or a tab (&quot;\t&quot;)</source>
        <translation>«,», «;» o un tabulador («\t»)</translation>
    </message>
</context>
<context>
    <name>cxrfair::ConditionCountsModel</name>
    <message>
        <source>Positives among the images whose label is known</source>
        <translation>Positivos entre las imágenes cuya etiqueta se conoce</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>Prevalencia</translation>
    </message>
</context>
<context>
    <name>cxrfair::CrossAucMatrixModel</name>
    <message>
        <source>%1 has no positive or %2 no negative</source>
        <translation>%1 no tiene positivos o %2 no tiene negativos</translation>
    </message>
    <message>
        <source>%1&apos;s own AUC: %2</source>
        <translation>AUC propio de %1: %2</translation>
    </message>
    <message>
        <source>A positive of %1 scores above a negative of %2 with probability %3</source>
        <translation>Un positivo de %1 puntúa por encima de un negativo de %2 con probabilidad %3</translation>
    </message>
    <message>
        <source>Disparity against the reverse: %1 [%2, %3]%4</source>
        <translation>Disparidad frente al inverso: %1 [%2, %3]%4</translation>
    </message>
    <message>
        <source>: the interval leaves out 0</source>
        <translation>: el intervalo excluye 0</translation>
    </message>
    <message>
        <source>%1 +</source>
        <translation>%1 +</translation>
    </message>
    <message>
        <source>%1 -</source>
        <translation>%1 -</translation>
    </message>
    <message>
        <source>Positives of %1</source>
        <translation>Positivos de %1</translation>
    </message>
    <message>
        <source>Negatives of %1</source>
        <translation>Negativos de %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::CsvReader</name>
    <message>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <source>is a folder, not a table</source>
        <translation>es una carpeta, no una tabla</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>the file is empty: it has no header line</source>
        <translation>el archivo está vacío: no tiene línea de cabecera</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>falta una columna obligatoria</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>error de lectura: %1</translation>
    </message>
    <message>
        <source>the compressed file is truncated or corrupt</source>
        <translation>el archivo comprimido está truncado o dañado</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>a record longer than %1 MB starts here (an unclosed quote, or not a CSV table?)</source>
        <translation>aquí empieza un registro de más de %1 MB (¿comillas sin cerrar, o no es una tabla CSV?)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a cut or broken line?)</source>
        <translation>%1 campos cuando la cabecera tiene %2 (¿línea cortada o dañada?)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; no es un número</translation>
    </message>
</context>
<context>
    <name>cxrfair::CsvWriter</name>
    <message>
        <source>cannot create the file</source>
        <translation>no se puede crear el archivo</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>no se puede crear el archivo: %1</translation>
    </message>
    <message>
        <source>writing failed (disk full?); the earlier file, if any, is kept</source>
        <translation>falló la escritura (¿disco lleno?); el archivo anterior, si existe, se conserva</translation>
    </message>
</context>
<context>
    <name>cxrfair::DatasetSource</name>
    <message>
        <source>NIH ChestX-ray14</source>
        <translation>NIH ChestX-ray14</translation>
    </message>
    <message>
        <source>MIMIC-CXR</source>
        <translation>MIMIC-CXR</translation>
    </message>
    <message>
        <source>CheXpert</source>
        <translation>CheXpert</translation>
    </message>
    <message>
        <source>Generic CSV</source>
        <translation>CSV genérico</translation>
    </message>
    <message>
        <source>a dataset format: nih, mimic, chexpert or csv (not &apos;%1&apos;)</source>
        <translation>un formato de conjunto de datos: nih, mimic, chexpert o csv (no «%1»)</translation>
    </message>
</context>
<context>
    <name>cxrfair::DatasetViews</name>
    <message>
        <source>%1 - %2 images</source>
        <translation>%1 - %2 imágenes</translation>
    </message>
    <message>
        <source>Embedding run: %1 images x %2 (%3)</source>
        <translation>Ejecución de embeddings: %1 imágenes x %2 (%3)</translation>
    </message>
    <message>
        <source>No embedding analysis: %1</source>
        <translation>Sin análisis de embeddings: %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::DemoGenerator</name>
    <message>
        <source>no output folder given</source>
        <translation>no se indicó carpeta de salida</translation>
    </message>
    <message>
        <source>the demo needs at least one image</source>
        <translation>la demo necesita al menos una imagen</translation>
    </message>
    <message>
        <source>the folder is not empty and holds no cxrfair demo; choose an empty folder (or --force to write the demo&apos;s nih/ and mimic/ folders into it)</source>
        <translation>la carpeta no está vacía y no contiene una demo de cxrfair; elija una carpeta vacía (o --force para escribir en ella las carpetas nih/ y mimic/ de la demo)</translation>
    </message>
    <message>
        <source>cannot remove the previous demo</source>
        <translation>no se puede eliminar la demo anterior</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>cannot write in the folder</source>
        <translation>no se puede escribir en la carpeta</translation>
    </message>
    <message>
        <source>cannot write the demo stamp</source>
        <translation>no se puede escribir el sello de la demo</translation>
    </message>
    <message>
        <source>Rendering demo radiographs: %1 of %2</source>
        <translation>Generando las radiografías de la demo: %1 de %2</translation>
    </message>
    <message>
        <source>the demo makes at most %L1 images per dataset</source>
        <translation>la demo genera como máximo %L1 imágenes por conjunto de datos</translation>
    </message>
    <message>
        <source>the image size must be between 32 and 4096 pixels</source>
        <translation>el tamaño de las imágenes debe estar entre 32 y 4096 píxeles</translation>
    </message>
</context>
<context>
    <name>cxrfair::DemoModel</name>
    <message>
        <source>the demo model needs at least 20 training images (MIMIC tree has %1)</source>
        <translation>el modelo de demo necesita al menos 20 imágenes de entrenamiento (el árbol MIMIC tiene %1)</translation>
    </message>
    <message>
        <source>the demo&apos;s MIMIC tree lacks a finding</source>
        <translation>al árbol MIMIC de la demo le falta un hallazgo</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>the demo model&apos;s input size must be a multiple of %1 from %1 to 1024 pixels (got %2)</source>
        <translation>el tamaño de entrada del modelo de demo debe ser un múltiplo de %1, de %1 a 1024 píxeles (recibido %2)</translation>
    </message>
    <message>
        <source>the demo model&apos;s dimension must be from %1 to 4096 (got %2)</source>
        <translation>la dimensión del modelo de demo debe ir de %1 a 4096 (recibido %2)</translation>
    </message>
</context>
<context>
    <name>cxrfair::DeviceTruth</name>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>cannot write the mask</source>
        <translation>no se puede escribir la máscara</translation>
    </message>
</context>
<context>
    <name>cxrfair::DicomDecoder</name>
    <message>
        <source>not a readable DICOM file (%1)</source>
        <translation>no es un archivo DICOM legible (%1)</translation>
    </message>
    <message>
        <source>the DICOM file has no pixel data</source>
        <translation>el archivo DICOM no tiene datos de píxeles</translation>
    </message>
    <message>
        <source>the DICOM file lacks Rows, Columns or Bits Allocated</source>
        <translation>al archivo DICOM le faltan Rows, Columns o Bits Allocated</translation>
    </message>
    <message>
        <source>transfer syntax %1 (%2) is not supported: JPEG 2000 has no decoder in DCMTK; convert the file (e.g. with gdcmconv --raw) first</source>
        <translation>la sintaxis de transferencia %1 (%2) no está admitida: DCMTK no tiene decodificador JPEG 2000; convierta antes el archivo (p. ej. con gdcmconv --raw)</translation>
    </message>
    <message>
        <source>transfer syntax %1 (%2) is not supported</source>
        <translation>la sintaxis de transferencia %1 (%2) no está admitida</translation>
    </message>
    <message>
        <source>pixel data truncated: %1 of %2 bytes</source>
        <translation>datos de píxeles truncados: %1 de %2 bytes</translation>
    </message>
    <message>
        <source>DCMTK cannot decode the pixel data (%1)</source>
        <translation>DCMTK no puede decodificar los datos de píxeles (%1)</translation>
    </message>
    <message>
        <source>cannot convert the colour image to grayscale</source>
        <translation>no se puede convertir la imagen en color a escala de grises</translation>
    </message>
    <message>
        <source>window 1 of %1 in the file</source>
        <translation>ventana 1 de %1 del archivo</translation>
    </message>
    <message>
        <source>VOI LUT 1 in the file</source>
        <translation>VOI LUT 1 del archivo</translation>
    </message>
    <message>
        <source>min-max</source>
        <translation>mín-máx</translation>
    </message>
    <message>
        <source>DCMTK cannot render the pixel data (%1)</source>
        <translation>DCMTK no puede representar los datos de píxeles (%1)</translation>
    </message>
</context>
<context>
    <name>cxrfair::DicomWriter</name>
    <message>
        <source>pixel count does not match rows x columns x frames</source>
        <translation>el número de píxeles no coincide con filas x columnas x fotogramas</translation>
    </message>
    <message>
        <source>DCMTK cannot compress this image as %1 (%2)</source>
        <translation>DCMTK no puede comprimir esta imagen como %1 (%2)</translation>
    </message>
    <message>
        <source>cannot write the DICOM file (%1)</source>
        <translation>no se puede escribir el archivo DICOM (%1)</translation>
    </message>
</context>
<context>
    <name>cxrfair::DiscoverySettings</name>
    <message>
        <source>&quot;%1.tags&quot; must be an object</source>
        <translation>&quot;%1.tags&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;%1.slices&quot; must be an object</source>
        <translation>&quot;%1.slices&quot; debe ser un objeto</translation>
    </message>
</context>
<context>
    <name>cxrfair::DisplayNames</name>
    <message>
        <source>age</source>
        <translation>edad</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <source>race</source>
        <translation>raza</translation>
    </message>
    <message>
        <source>drain</source>
        <translation>drenaje</translation>
    </message>
    <message>
        <source>view</source>
        <translation>proyección</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>%1 (tag)</source>
        <translation>%1 (etiqueta)</translation>
    </message>
</context>
<context>
    <name>cxrfair::EmbeddingAnalysis</name>
    <message numerus="yes">
        <source>the store holds %n embedded image(s) of this model; the analysis needs at least 3</source>
        <translation>
            <numerusform>el almacén contiene %n imagen codificada de este modelo; el análisis necesita al menos 3</numerusform>
            <numerusform>el almacén contiene %n imágenes codificadas de este modelo; el análisis necesita al menos 3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not recorded in this dataset</source>
        <translation>%1: no registrado en este conjunto de datos</translation>
    </message>
    <message>
        <source>Embedding analysis: PCA and attribute probes (%1 of %2)</source>
        <translation>Análisis de representaciones: ACP y sondas de atributos (%1 de %2)</translation>
    </message>
    <message>
        <source>%1: no representation shift: %2</source>
        <translation>%1: sin desplazamiento de representación: %2</translation>
    </message>
</context>
<context>
    <name>cxrfair::EmbeddingImport</name>
    <message>
        <source>no image id column (sample_id, dicom_id, Image Index, image_id, path or Path); name it</source>
        <translation>no hay columna de identificador de imagen (sample_id, dicom_id, Image Index, image_id, path o Path); indíquela</translation>
    </message>
    <message>
        <source>an empty image id</source>
        <translation>un identificador de imagen vacío</translation>
    </message>
    <message>
        <source>image &apos;%1&apos; is listed twice (first on line %2)</source>
        <translation>la imagen &apos;%1&apos; aparece dos veces (primero en la línea %2)</translation>
    </message>
    <message>
        <source>%1 rows of keys for %2 embeddings: the files must be aligned row for row</source>
        <translation>%1 filas de claves para %2 embeddings: los archivos deben estar alineados fila a fila</translation>
    </message>
</context>
<context>
    <name>cxrfair::EmbeddingStore</name>
    <message>
        <source>cannot read the embedding store: %1</source>
        <translation>no se puede leer el almacén de embeddings: %1</translation>
    </message>
    <message>
        <source>not an embedding store segment (no model hash or dimension)</source>
        <translation>no es un segmento de almacén de embeddings (sin hash de modelo ni dimensión)</translation>
    </message>
    <message>
        <source>shard %1 of %2 does not exist</source>
        <translation>el fragmento %1 de %2 no existe</translation>
    </message>
    <message>
        <source>cannot create the embedding store folder</source>
        <translation>no se puede crear la carpeta del almacén de embeddings</translation>
    </message>
    <message>
        <source>the store segment holds another model (%1)</source>
        <translation>el segmento del almacén contiene otro modelo (%1)</translation>
    </message>
    <message>
        <source>cannot cut off a torn record</source>
        <translation>no se puede cortar un registro incompleto</translation>
    </message>
    <message>
        <source>cannot write the embedding store: %1</source>
        <translation>no se puede escribir el almacén de embeddings: %1</translation>
    </message>
    <message>
        <source>embeddings do not match their keys</source>
        <translation>los embeddings no coinciden con sus claves</translation>
    </message>
    <message>
        <source>no embedding store here</source>
        <translation>aquí no hay ningún almacén de embeddings</translation>
    </message>
    <message>
        <source>the embedding store holds no embeddings yet</source>
        <translation>el almacén de embeddings aún no contiene embeddings</translation>
    </message>
    <message>
        <source>the store holds several models (%1): name one</source>
        <translation>el almacén contiene varios modelos (%1): indique uno</translation>
    </message>
    <message>
        <source>the store holds no embeddings of this model (it has: %1)</source>
        <translation>el almacén no contiene embeddings de este modelo (tiene: %1)</translation>
    </message>
    <message>
        <source>cannot repair the embedding store: %1</source>
        <translation>no se puede reparar el almacén de embeddings: %1</translation>
    </message>
    <message>
        <source>cannot write the embedding store (is the disk full?): %1; what was stored is kept, and the next run goes on from there</source>
        <translation>no se puede escribir el almacén de embeddings (¿disco lleno?): %1; lo almacenado se conserva y la próxima ejecución continúa desde ahí</translation>
    </message>
    <message>
        <source>%1: the last %2 bytes are an incomplete record (a run was interrupted or is still writing)</source>
        <translation>%1: los últimos %2 bytes son un registro incompleto (una ejecución se interrumpió o aún está escribiendo)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 bytes damaged at offset %3 (%n record(s) lost)</source>
        <translation>
            <numerusform>%1: %2 bytes dañados en la posición %3 (%n registro perdido)</numerusform>
            <numerusform>%1: %2 bytes dañados en la posición %3 (%n registros perdidos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::EmbeddingView</name>
    <message>
        <source>C&amp;olour by:</source>
        <translation>C&amp;olor según:</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom (N)</source>
        <translation>Arrastre para desplazar, rueda para ampliar (N)</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectángulo</translation>
    </message>
    <message>
        <source>Drag a rectangle to select images; Shift adds to the selection (R)</source>
        <translation>Trace un rectángulo para seleccionar imágenes; Mayús añade a la selección (R)</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Lazo</translation>
    </message>
    <message>
        <source>Draw around images to select them; Shift adds to the selection (L)</source>
        <translation>Rodee imágenes para seleccionarlas; Mayús añade a la selección (L)</translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation>Borrar la selección</translation>
    </message>
    <message>
        <source>Export PCA</source>
        <translation>Exportar el ACP</translation>
    </message>
    <message>
        <source>Export Probe</source>
        <translation>Exportar las sondas</translation>
    </message>
    <message>
        <source>PCA and probes</source>
        <translation>ACP y sondas</translation>
    </message>
    <message>
        <source>Select images in the scatter to compare them with the rest.</source>
        <translation>Seleccione imágenes en la nube para compararlas con el resto.</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Puntuación: %1</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected; comparing their AUCs with the rest...</source>
        <translation>
            <numerusform>%n imagen seleccionada; comparando su AUC con el resto...</numerusform>
            <numerusform>%n imágenes seleccionadas; comparando su AUC con el resto...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected. AUC of the selection and of the rest, per condition (95% intervals from 200 resamples; p compares the two):</source>
        <translation>
            <numerusform>%n imagen seleccionada. AUC de la selección y del resto, por afección (intervalos del 95 % con 200 remuestreos; p compara ambos):</numerusform>
            <numerusform>%n imágenes seleccionadas. AUC de la selección y del resto, por afección (intervalos del 95 % con 200 remuestreos; p compara ambos):</numerusform>
        </translation>
    </message>
    <message>
        <source>The selection was cleared: these embeddings have none of its images.</source>
        <translation>La selección se ha borrado: estos embeddings no tienen ninguna de sus imágenes.</translation>
    </message>
    <message>
        <source>Each point is an image, placed by the first two principal components of its embedding (the axes say how much of the variance each shows). Colour it by an attribute to see whether groups separate. The bars beside it are probes: a classifier learns the attribute from the full embeddings on 80% of the patients and is tested on the other 20%. A macro AUC well above the dashed chance line (0.5) means the embeddings encode the attribute, even when the scatter looks mixed: two components show little of what the model keeps. The whiskers are 95% bootstrap intervals over the test patients; an interval that reaches 0.5 does not show that the attribute is encoded. Under the probes, the representation shift between each pair of groups: the maximum mean discrepancy (MMD²) between their embeddings, with a permutation p-value (1,000 relabellings of at most 1,000 images per group); a small p says the groups&apos; images are told apart in embedding space. Select images with the rectangle or lasso to see them and compare their AUCs with the rest.</source>
        <translation>Cada punto es una imagen, situada según las dos primeras componentes principales de su representación (los ejes indican qué parte de la varianza muestra cada una). Coloréela por un atributo para ver si los grupos se separan. Las barras de al lado son sondas: un clasificador aprende el atributo a partir de las representaciones completas en el 80 % de los pacientes y se evalúa en el 20 % restante. Un AUC macro muy por encima de la línea del azar (0,5) significa que las representaciones codifican el atributo, aunque la nube parezca mezclada: dos componentes muestran poco de lo que el modelo guarda. Los bigotes son intervalos bootstrap del 95 % sobre los pacientes de prueba; un intervalo que llega a 0,5 no muestra que el atributo esté codificado. Bajo las sondas, el desplazamiento de representación entre cada par de grupos: la discrepancia media máxima (MMD²) entre sus representaciones, con un valor p por permutaciones (1000 reetiquetados de como mucho 1000 imágenes por grupo); un p pequeño indica que las imágenes de los grupos se distinguen en el espacio de representaciones. Seleccione imágenes con el rectángulo o el lazo para verlas y comparar su AUC con el resto.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>MMD²</source>
        <translation>MMD²</translation>
    </message>
    <message>
        <source>p (permutations)</source>
        <translation>p (permutaciones)</translation>
    </message>
    <message>
        <source>Representation shift: how far apart two groups&apos; images lie in embedding space (MMD²), and whether that is beyond chance (p)</source>
        <translation>Desplazamiento de representación: cuán separadas están las imágenes de dos grupos en el espacio de representaciones (MMD²), y si eso va más allá del azar (p)</translation>
    </message>
    <message>
        <source>%1 and %2 images</source>
        <translation>%1 y %2 imágenes</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected. AUC of the selection and of the rest, per condition (p compares the two; intervals from 200 resamples follow):</source>
        <translation>
            <numerusform>%n imagen seleccionada. AUC de la selección y del resto, por condición (p compara ambas; los intervalos de 200 remuestreos siguen):</numerusform>
            <numerusform>%n imágenes seleccionadas. AUC de la selección y del resto, por condición (p compara ambas; los intervalos de 200 remuestreos siguen):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::Error</name>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;</source>
        <translation>columna &apos;%1&apos;</translation>
    </message>
    <message>
        <source> ... (%1 characters in all) ... </source>
        <translation> ... (%1 caracteres en total) ... </translation>
    </message>
</context>
<context>
    <name>cxrfair::ErrorMixture</name>
    <message>
        <source>the mixture needs at least two images per component (%1 images, %2 components)</source>
        <translation>la mezcla necesita al menos dos imágenes por componente (%1 imágenes, %2 componentes)</translation>
    </message>
    <message>
        <source>the mixture&apos;s inputs differ in length</source>
        <translation>las entradas de la mezcla difieren en longitud</translation>
    </message>
</context>
<context>
    <name>cxrfair::ExportButton</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save or copy this figure and its numbers</source>
        <translation>Guardar o copiar esta figura y sus cifras</translation>
    </message>
    <message>
        <source>Copy Figure</source>
        <translation>Copiar la figura</translation>
    </message>
    <message>
        <source>Copy Data</source>
        <translation>Copiar los datos</translation>
    </message>
    <message>
        <source>&amp;Figure (PNG, SVG, PDF)...</source>
        <translation>&amp;Figura (PNG, SVG, PDF)...</translation>
    </message>
    <message>
        <source>&amp;Data (CSV)...</source>
        <translation>&amp;Datos (CSV)...</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Exportar los datos</translation>
    </message>
    <message>
        <source>Data as CSV (*.csv)</source>
        <translation>Datos en CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>cxrfair::ExportModelDialog</name>
    <message>
        <source>&amp;Run the bundle on the selected dataset when it is made</source>
        <translation>&amp;Ejecutar el paquete en el conjunto de datos seleccionado cuando esté listo</translation>
    </message>
    <message>
        <source>&amp;Make Bundle</source>
        <translation>&amp;Crear el paquete</translation>
    </message>
    <message>
        <source>Make a Model Bundle from Published Weights</source>
        <translation>Crear un paquete de modelo a partir de pesos publicados</translation>
    </message>
    <message>
        <source>cxrfair runs a model from a bundle. The model exporter makes one from the weights that the model&apos;s authors publish, with the preprocessing of the study. It needs Python 3 with PyTorch; docs/models.md says where each model&apos;s files come from.</source>
        <translation>cxrfair ejecuta un modelo a partir de un paquete. El exportador de modelos crea uno a partir de los pesos que publican los autores del modelo, con el preprocesamiento del estudio. Necesita Python 3 con PyTorch; docs/models.md indica de dónde vienen los archivos de cada modelo.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>File...</source>
        <translation>Archivo...</translation>
    </message>
    <message>
        <source>Folder...</source>
        <translation>Carpeta...</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>&amp;Checkpoint:</source>
        <translation>&amp;Checkpoint:</translation>
    </message>
    <message>
        <source>&amp;Vocabulary:</source>
        <translation>&amp;Vocabulario:</translation>
    </message>
    <message>
        <source>C&amp;onfiguration:</source>
        <translation>C&amp;onfiguración:</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Paquete:</translation>
    </message>
    <message>
        <source>when it is not beside the checkpoint</source>
        <translation>si no está junto al checkpoint</translation>
    </message>
    <message>
        <source>CXR-CLIP: the text model&apos;s config.json (optional)</source>
        <translation>CXR-CLIP: el config.json del modelo de texto (opcional)</translation>
    </message>
    <message>
        <source>NAME.cxrmodel</source>
        <translation>NOMBRE.cxrmodel</translation>
    </message>
    <message>
        <source>The exporter&apos;s messages appear here.</source>
        <translation>Los mensajes del exportador aparecen aquí.</translation>
    </message>
    <message>
        <source>Choose the Vocabulary</source>
        <translation>Elegir el vocabulario</translation>
    </message>
    <message>
        <source>Choose the Text Model&apos;s Configuration</source>
        <translation>Elegir la configuración del modelo de texto</translation>
    </message>
    <message>
        <source>No Python with PyTorch was found (Debian: apt install python3-torch python3-torchvision); the exporter will say what is missing.</source>
        <translation>No se encontró ningún Python con PyTorch (Debian: apt install python3-torch python3-torchvision); el exportador dirá qué falta.</translation>
    </message>
    <message>
        <source>The MedCLIP weights folder (pytorch_model.bin) and Bio_ClinicalBERT&apos;s vocab.txt. Needs the medclip and transformers packages.</source>
        <translation>La carpeta de pesos de MedCLIP (pytorch_model.bin) y el vocab.txt de Bio_ClinicalBERT. Necesita los paquetes de Python medclip y transformers.</translation>
    </message>
    <message>
        <source>The Hugging Face folder microsoft/BiomedVLP-CXR-BERT-specialized: image weights, text model and vocab.txt.</source>
        <translation>La carpeta de Hugging Face microsoft/BiomedVLP-CXR-BERT-specialized: pesos de imagen, modelo de texto y vocab.txt.</translation>
    </message>
    <message>
        <source>The Hugging Face folder microsoft/BiomedVLP-BioViL-T: image weights, text model and vocab.txt.</source>
        <translation>La carpeta de Hugging Face microsoft/BiomedVLP-BioViL-T: pesos de imagen, modelo de texto y vocab.txt.</translation>
    </message>
    <message>
        <source>The folder of the MedImageInsights release (medimageinsightmodel.py and 2024.09.27/). Needs the release&apos;s packages.</source>
        <translation>La carpeta de la publicación MedImageInsights (medimageinsightmodel.py y 2024.09.27/). Necesita los paquetes de Python de la publicación.</translation>
    </message>
    <message>
        <source>A CheXzero checkpoint (.pt) and CLIP&apos;s bpe_simple_vocab_16e6.txt.gz.</source>
        <translation>Un checkpoint de CheXzero (.pt) y el bpe_simple_vocab_16e6.txt.gz de CLIP.</translation>
    </message>
    <message>
        <source>A CXR-CLIP ResNet-50 checkpoint (r50_*.tar), Bio_ClinicalBERT&apos;s vocab.txt and its config.json.</source>
        <translation>Un checkpoint ResNet-50 de CXR-CLIP (r50_*.tar), el vocab.txt de Bio_ClinicalBERT y su config.json.</translation>
    </message>
    <message>
        <source>Choose the Model&apos;s Folder</source>
        <translation>Elegir la carpeta del modelo</translation>
    </message>
    <message>
        <source>Choose the Checkpoint</source>
        <translation>Elegir el checkpoint</translation>
    </message>
    <message>
        <source>PyTorch checkpoints (*.pt *.pth *.bin *.tar *.ckpt);;All files (*)</source>
        <translation>Checkpoints de PyTorch (*.pt *.pth *.bin *.tar *.ckpt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Write the Bundle As</source>
        <translation>Escribir el paquete como</translation>
    </message>
    <message>
        <source>Model bundles (*.cxrmodel)</source>
        <translation>Paquetes de modelo (*.cxrmodel)</translation>
    </message>
    <message>
        <source>Looking for Python and the model exporter...</source>
        <translation>Buscando Python y el exportador de modelos...</translation>
    </message>
    <message>
        <source>The model exporter cannot run: see its message above.</source>
        <translation>El exportador de modelos no puede ejecutarse: véase su mensaje arriba.</translation>
    </message>
    <message>
        <source>Choose the checkpoint file or folder.</source>
        <translation>Elija el archivo o la carpeta del checkpoint.</translation>
    </message>
    <message>
        <source>No file or folder %1.</source>
        <translation>No existe el archivo ni la carpeta %1.</translation>
    </message>
    <message>
        <source>Choose where to write the bundle.</source>
        <translation>Elija dónde escribir el paquete.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another bundle name.</source>
        <translation>%1 ya existe: elija otro nombre de paquete.</translation>
    </message>
    <message>
        <source>Cancelled: no bundle was written.</source>
        <translation>Cancelado: no se escribió ningún paquete.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>No se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Making the bundle...</source>
        <translation>Creando el paquete...</translation>
    </message>
    <message>
        <source>The bundle is written.</source>
        <translation>El paquete está escrito.</translation>
    </message>
</context>
<context>
    <name>cxrfair::FairnessSummaryView</name>
    <message>
        <source>Con&amp;dition:</source>
        <translation>Afe&amp;cción:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupos:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Fairness summary</source>
        <translation>Resumen de equidad</translation>
    </message>
    <message>
        <source>Each point is a model: across, its AUC on all images; up, the AUC of its worst group among those with enough evidence (at least 10 images with and without the condition and a 95% interval at most 0.2 wide). Both have their intervals as whiskers. Filled points are on the Pareto front: no other model is at least as good on both. On the dashed diagonal the worst group does as well as everyone. Below, the chosen model&apos;s gap between its best and worst groups, with its bias-corrected value (a gap between small groups is too large by chance; the bootstrap estimates by how much) and its equity-scaled AUC (ES-AUC: the AUC divided by one plus the groups&apos; summed distance to it). The matrix gives the cross-group AUC: how often a positive of the row&apos;s group scores above a negative of the column&apos;s group. Two groups with the same AUC can differ here when one group&apos;s scores run higher for everyone; a bold cell&apos;s difference with its mirror is beyond noise (its interval leaves out 0).</source>
        <translation>Cada punto es un modelo: en horizontal, su AUC en todas las imágenes; en vertical, el AUC de su peor grupo entre los que tienen evidencia suficiente (al menos 10 imágenes con y sin la afección y un intervalo del 95 % de como mucho 0,2 de ancho). Ambos llevan sus intervalos como bigotes. Los puntos rellenos están en el frente de Pareto: ningún otro modelo es al menos igual de bueno en ambos. En la diagonal discontinua el peor grupo rinde como todos. Debajo, la brecha del modelo elegido entre su mejor y su peor grupo, con su valor corregido del sesgo (una brecha entre grupos pequeños es demasiado grande por azar; el bootstrap estima cuánto) y su AUC escalado por equidad (ES-AUC: el AUC dividido por uno más la suma de las distancias de los grupos a él). La matriz da el AUC cruzado: con qué frecuencia un positivo del grupo de la fila puntúa por encima de un negativo del grupo de la columna. Dos grupos con el mismo AUC pueden diferir aquí cuando las puntuaciones de un grupo son más altas para todos; la diferencia de una celda en negrita con su espejo supera el ruido (su intervalo excluye 0).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Cross-group AUC: a positive of the row&apos;s group against a negative of the column&apos;s</source>
        <translation>AUC cruzado: un positivo del grupo de la fila frente a un negativo del de la columna</translation>
    </message>
    <message>
        <source>%1: fewer than two %2 groups have enough evidence to be compared.</source>
        <translation>%1: menos de dos grupos de %2 tienen evidencia suficiente para compararse.</translation>
    </message>
    <message>
        <source>%1: worst group %2, AUC %3 [%4, %5]. Gap %6 [%7, %8] over %9; bias-corrected %10. ES-AUC %11.</source>
        <translation>%1: peor grupo %2, AUC %3 [%4, %5]. Brecha %6 [%7, %8] sobre %9; corregida del sesgo %10. ES-AUC %11.</translation>
    </message>
    <message>
        <source>At the threshold: equal-opportunity difference %1, equalized-odds difference %2.</source>
        <translation>En el umbral: diferencia de igualdad de oportunidades %1, diferencia de probabilidades igualadas %2.</translation>
    </message>
    <message>
        <source>No metrics yet: run a model on a dataset with labels.</source>
        <translation>Aún no hay métricas: ejecute un modelo sobre un conjunto de datos con etiquetas.</translation>
    </message>
</context>
<context>
    <name>cxrfair::FigureExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>Exportar la figura</translation>
    </message>
    <message>
        <source>Single column (88 mm)</source>
        <translation>Una columna (88 mm)</translation>
    </message>
    <message>
        <source>1.5 column (120 mm)</source>
        <translation>Columna y media (120 mm)</translation>
    </message>
    <message>
        <source>Double column (180 mm)</source>
        <translation>Dos columnas (180 mm)</translation>
    </message>
    <message>
        <source>Custom width</source>
        <translation>Ancho a medida</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Tick labels, axis labels and legend; the title one point more. Journals ask for 6 to 8 pt at the printed size.</source>
        <translation>Marcas, rótulos de ejes y leyenda; el título un punto más. Las revistas piden de 6 a 8 pt al tamaño impreso.</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ancho:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>A&amp;lto:</translation>
    </message>
    <message>
        <source>F&amp;ont:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>%1 x %2 mm, %3 at %4 pt%5</source>
        <translation>%1 x %2 mm, %3 a %4 pt%5</translation>
    </message>
    <message>
        <source>, %1 x %2 pixels</source>
        <translation>, %1 x %2 píxeles</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>choose a file to write</source>
        <translation>elija un archivo donde escribir</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
</context>
<context>
    <name>cxrfair::FigureSettings</name>
    <message>
        <source>figure setting &quot;%1&quot; must be %2</source>
        <translation>el ajuste de figura &quot;%1&quot; debe ser %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un número de %1 a %2</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>one of the known keys (%1), not an unknown one</source>
        <translation>una de las claves conocidas (%1), no una desconocida</translation>
    </message>
    <message>
        <source>&quot;single&quot;, &quot;1.5&quot; or &quot;double&quot;</source>
        <translation>&quot;single&quot;, &quot;1.5&quot; o &quot;double&quot;</translation>
    </message>
    <message>
        <source>given without &quot;width_mm&quot; (one or the other)</source>
        <translation>dado sin &quot;width_mm&quot; (uno u otro)</translation>
    </message>
    <message>
        <source>a font family name</source>
        <translation>un nombre de familia de fuente</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a list of png, svg and pdf, each once</source>
        <translation>una lista de png, svg y pdf, cada uno una vez</translation>
    </message>
    <message>
        <source>a list that includes png: the report shows the PNG</source>
        <translation>una lista que incluya png: el informe muestra el PNG</translation>
    </message>
</context>
<context>
    <name>cxrfair::FileContents</name>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <source>not a readable gzip file: %1</source>
        <translation>no es un archivo gzip legible: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>cannot write (is the disk full?): %1; the earlier file, if any, is kept</source>
        <translation>no se puede escribir (¿disco lleno?): %1; el archivo anterior, si existe, se conserva</translation>
    </message>
</context>
<context>
    <name>cxrfair::GalleryView</name>
    <message>
        <source>Click a bar of the subgroup AUC chart, or select points in the PCA scatter, to see those images here.</source>
        <translation>Haga clic en una barra del gráfico de AUC por subgrupo, o seleccione puntos en la nube del ACP, para ver esas imágenes aquí.</translation>
    </message>
    <message>
        <source>cannot decode</source>
        <translation>ilegible</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s)</source>
        <translation>
            <numerusform>%1: %n imagen</numerusform>
            <numerusform>%1: %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>loading</source>
        <translation>cargando</translation>
    </message>
    <message>
        <source>no image file</source>
        <translation>sin archivo de imagen</translation>
    </message>
    <message>
        <source>The condition whose label and score the badges show</source>
        <translation>La afección cuya etiqueta y puntuación muestran las insignias</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <source>Positives</source>
        <translation>Positivos</translation>
    </message>
    <message>
        <source>Negatives</source>
        <translation>Negativos</translation>
    </message>
    <message>
        <source>Missed positives</source>
        <translation>Positivos no detectados</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Falsas alarmas</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>En el orden dado</translation>
    </message>
    <message>
        <source>Highest score first</source>
        <translation>Mayor puntuación primero</translation>
    </message>
    <message>
        <source>Lowest score first</source>
        <translation>Menor puntuación primero</translation>
    </message>
    <message>
        <source>Largest error first</source>
        <translation>Mayor error primero</translation>
    </message>
    <message>
        <source>A score at or above it is a positive call (0.5: the positive prompt is the nearer); it decides what is missed or a false alarm</source>
        <translation>Una puntuación igual o superior cuenta como positiva (0,5: la indicación positiva es la más cercana); decide qué se pierde o es falsa alarma</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>O&amp;rdenar:</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>false alarm</source>
        <translation>falsa alarma</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop computing the maps; the images mapped so far keep their place</source>
        <translation>Detener el cálculo de los mapas; las imágenes ya calculadas conservan su lugar</translation>
    </message>
    <message>
        <source>Most attribution inside the region first</source>
        <translation>Más atribución dentro de la región primero</translation>
    </message>
    <message>
        <source>Computes each image&apos;s occlusion map for the chosen condition and sorts by the share of its positive attribution inside the image&apos;s region (the drain)</source>
        <translation>Calcula el mapa de oclusión de cada imagen para la condición elegida y ordena por la parte de su atribución positiva dentro de la región de la imagen (el drenaje)</translation>
    </message>
    <message>
        <source>Positive attribution inside the region: %1%</source>
        <translation>Atribución positiva dentro de la región: %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Computing occlusion maps for %1: %2 of %3 images</source>
        <translation>Calculando mapas de oclusión para %1: %2 de %3 imágenes</translation>
    </message>
    <message>
        <source>No model bundle for %1 in this session: its maps cannot be computed.</source>
        <translation>No hay paquete de modelo para %1 en esta sesión: sus mapas no se pueden calcular.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be mapped: %1</source>
        <translation>
            <numerusform>%n imagen no se pudo mapear: %1</numerusform>
            <numerusform>%n imágenes no se pudieron mapear: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::GenericCsvReader</name>
    <message>
        <source>a generic CSV dataset needs a column mapping (--mapping FILE.json)</source>
        <translation>un conjunto de datos CSV genérico necesita una correspondencia de columnas (--mapping ARCHIVO.json)</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>leyendo %1</translation>
    </message>
    <message>
        <source>empty image path</source>
        <translation>ruta de imagen vacía</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age</source>
        <translation>&apos;%1&apos; no es una edad</translation>
    </message>
    <message>
        <source>impossible age %1; kept as missing</source>
        <translation>edad imposible %1; se deja como ausente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sex</source>
        <translation>&apos;%1&apos; no es un sexo</translation>
    </message>
    <message>
        <source>1, 0, -1, empty, true or false</source>
        <translation>1, 0, -1, vacío, true o false</translation>
    </message>
</context>
<context>
    <name>cxrfair::GroupCurves</name>
    <message numerus="yes">
        <source>the validation part (%n image(s)) lacks positives or negatives for the rule %1</source>
        <translation>
            <numerusform>la parte de validación (%n imagen) carece de positivos o negativos para la regla %1</numerusform>
            <numerusform>la parte de validación (%n imágenes) carece de positivos o negativos para la regla %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::GuidedTour</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Leave Tour</source>
        <translation>&amp;Salir de la visita</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>This tour walks through the three findings of Sourget et al. (FAIMI 2025) on the demo: two synthetic datasets shaped like NIH ChestX-ray14 and MIMIC-CXR, and a small demo model. Nothing here is real patient data. Use Next and Back; Leave Tour keeps your place, and Help &gt; Guided Tour brings you back to it.</source>
        <translation>Esta visita recorre los tres hallazgos de Sourget et al. (FAIMI 2025) sobre la demo: dos conjuntos de datos sintéticos al estilo de NIH ChestX-ray14 y MIMIC-CXR, y un pequeño modelo de demostración. Nada de esto son datos de pacientes reales. Use Siguiente y Anterior; Salir de la visita guarda su lugar, y Ayuda &gt; Visita guiada le devuelve a él.</translation>
    </message>
    <message>
        <source>1. How well does the model work, group by group?</source>
        <translation>1. ¿Funciona el modelo igual de bien en cada grupo?</translation>
    </message>
    <message>
        <source>Each bar is the model&apos;s AUC for one age group and one condition: the chance that an image with the condition scores higher than one without it (0.5 is guessing, 1 is perfect). The dashed line is the AUC on everyone. &lt;b&gt;Look for bars well below the line&lt;/b&gt;: the model works less well for that age group.</source>
        <translation>Cada barra es el AUC del modelo para un tramo de edad y una afección: la probabilidad de que una imagen con la afección puntúe más alto que una sin ella (0,5 es azar, 1 es perfecto). La línea discontinua es el AUC sobre todos. &lt;b&gt;Busque barras muy por debajo de la línea&lt;/b&gt;: el modelo funciona peor para ese tramo de edad.</translation>
    </message>
    <message>
        <source>Reading the whiskers and hatched bars</source>
        <translation>Leer los bigotes y las barras rayadas</translation>
    </message>
    <message>
        <source>The whiskers are 95% intervals: the range the AUC could plausibly take with other patients. When two groups&apos; whiskers overlap a lot, the data cannot tell them apart. &lt;b&gt;Hatched bars&lt;/b&gt; have fewer than 10 images with or without the condition: too few to judge, so they are shown but not compared. Click any bar to see its images.</source>
        <translation>Los bigotes son intervalos del 95 %: los valores que el AUC podría tomar razonablemente con otros pacientes. Cuando los bigotes de dos grupos se solapan mucho, los datos no permiten distinguirlos. Las &lt;b&gt;barras rayadas&lt;/b&gt; tienen menos de 10 imágenes con o sin la afección: demasiado pocas para juzgar, así que se muestran pero no se comparan. Haga clic en una barra para ver sus imágenes.</translation>
    </message>
    <message>
        <source>The age gap</source>
        <translation>La brecha por edad</translation>
    </message>
    <message>
        <source>In the study, age gaps reached 0.1 to 0.24 AUC while sex gaps mostly stayed under 0.05. Switch &lt;i&gt;Groups&lt;/i&gt; between age and sex to compare: the age bars spread much more than the sex bars.</source>
        <translation>En el estudio, las brechas por edad alcanzaron de 0,1 a 0,24 de AUC, mientras que las brechas por sexo se quedaron casi siempre por debajo de 0,05. Cambie &lt;i&gt;Grupos&lt;/i&gt; entre edad y sexo para comparar: las barras de edad se dispersan mucho más que las de sexo.</translation>
    </message>
    <message>
        <source>2. A shortcut: chest drains</source>
        <translation>2. Un atajo: los drenajes torácicos</translation>
    </message>
    <message>
        <source>A chest drain is put in to treat a pneumothorax, so a drain on the image nearly gives the answer away. The bars show the pneumothorax AUC on all images, on positives &lt;b&gt;without&lt;/b&gt; a drain and on positives &lt;b&gt;with&lt;/b&gt; one. The model does better with drains than without: part of what it learned is the drain, not the disease, and the untreated patients who need it most are found less often.</source>
        <translation>Un drenaje torácico se coloca para tratar un neumotórax, así que un drenaje en la imagen casi delata la respuesta. Las barras muestran el AUC del neumotórax en todas las imágenes, en los positivos &lt;b&gt;sin&lt;/b&gt; drenaje y en los positivos &lt;b&gt;con&lt;/b&gt; drenaje. El modelo acierta más con drenaje que sin él: parte de lo que aprendió es el drenaje, no la enfermedad, y los pacientes sin tratar, que más lo necesitan, se detectan peor.</translation>
    </message>
    <message>
        <source>Missed diagnoses at a threshold</source>
        <translation>Diagnósticos perdidos con un umbral</translation>
    </message>
    <message>
        <source>A hospital uses a threshold, not an AUC. Here each group&apos;s ROC curve shows every possible threshold; the dots mark the chosen one. &lt;b&gt;Underdiagnosis&lt;/b&gt; in the table is the share of sick patients the threshold calls healthy: compare it across groups. Thresholds chosen by a rule use 20% of the patients and are judged on the rest.</source>
        <translation>Un hospital usa un umbral, no un AUC. Aquí la curva ROC de cada grupo muestra todos los umbrales posibles; los puntos marcan el elegido. El &lt;b&gt;infradiagnóstico&lt;/b&gt; de la tabla es la proporción de pacientes enfermos que el umbral declara sanos: compárelo entre grupos. Los umbrales elegidos por una regla usan el 20 % de los pacientes y se juzgan sobre el resto.</translation>
    </message>
    <message>
        <source>3. What the embeddings know</source>
        <translation>3. Lo que saben las representaciones</translation>
    </message>
    <message>
        <source>Each point is an image, placed by the two main directions (principal components) of what the model computed for it, coloured by sex. The colours look mixed: &lt;b&gt;two components suggest the model ignores sex&lt;/b&gt;.</source>
        <translation>Cada punto es una imagen, situada según las dos direcciones principales (componentes principales) de lo que el modelo calculó para ella, coloreada por sexo. Los colores parecen mezclados: &lt;b&gt;dos componentes sugieren que el modelo ignora el sexo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The probe still finds it</source>
        <translation>La sonda lo encuentra de todos modos</translation>
    </message>
    <message>
        <source>The bars beside the scatter are probes: a simple classifier learns sex, age or race from the full embeddings and is tested on other patients. &lt;b&gt;An AUC far above the dashed chance line means the attribute is encoded&lt;/b&gt;, even though the scatter looked mixed. That is the study&apos;s third finding. Draw a lasso around some points to see those images and how well the model does on them.</source>
        <translation>Las barras junto a la nube son sondas: un clasificador sencillo aprende el sexo, la edad o la etnia a partir de las representaciones completas y se evalúa en otros pacientes. &lt;b&gt;Un AUC muy por encima de la línea del azar significa que el atributo está codificado&lt;/b&gt;, aunque la nube pareciera mezclada. Es el tercer hallazgo del estudio. Rodee algunos puntos con el lazo para ver esas imágenes y cómo funciona el modelo con ellas.</translation>
    </message>
    <message>
        <source>Try your own prompts</source>
        <translation>Pruebe sus propias instrucciones</translation>
    </message>
    <message>
        <source>The model scores an image by comparing it with a sentence for the condition and one for no finding. Edit them here: the scores and every chart update within a second, without re-reading any image. Ctrl+Z undoes an edit.</source>
        <translation>El modelo puntúa una imagen comparándola con una frase para la afección y otra para la ausencia de hallazgos. Edítelas aquí: las puntuaciones y todos los gráficos se actualizan en menos de un segundo, sin volver a leer ninguna imagen. Ctrl+Z deshace una edición.</translation>
    </message>
    <message>
        <source>That is the tour</source>
        <translation>Fin de la visita</translation>
    </message>
    <message>
        <source>Every view has a ? button that explains its numbers, and an Export menu for figures (PNG, SVG, PDF) and tables (CSV). To audit your own data, use File &gt; Open Dataset and File &gt; Run Model on Dataset.</source>
        <translation>Cada vista tiene un botón ? que explica sus cifras y un menú Exportar para figuras (PNG, SVG, PDF) y tablas (CSV). Para auditar sus propios datos, use Archivo &gt; Abrir conjunto de datos y Archivo &gt; Aplicar un modelo al conjunto de datos.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
</context>
<context>
    <name>cxrfair::HelpButton</name>
    <message>
        <source>Explain: %1</source>
        <translation>Explicar: %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::ImageDecoder</name>
    <message>
        <source>image file not found</source>
        <translation>no se encuentra el archivo de imagen</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not a DICOM, PNG or JPEG file</source>
        <translation>no es un archivo DICOM, PNG o JPEG</translation>
    </message>
</context>
<context>
    <name>cxrfair::ImageViewer</name>
    <message>
        <source>Image %1</source>
        <translation>Imagen %1</translation>
    </message>
    <message>
        <source>&amp;Level (centre):</source>
        <translation>&amp;Nivel (centro):</translation>
    </message>
    <message>
        <source>&amp;Window (width):</source>
        <translation>&amp;Ventana (anchura):</translation>
    </message>
    <message>
        <source>Grey levels of the decoded image, 0 to 65535</source>
        <translation>Niveles de gris de la imagen decodificada, de 0 a 65535</translation>
    </message>
    <message>
        <source>File&apos;s window</source>
        <translation>Ventana del archivo</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Rango completo</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Pulmón</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <translation>Mediastino</translation>
    </message>
    <message>
        <source>Lung and mediastinum use the darker and the brighter part of this image&apos;s grey levels (radiographs have no Hounsfield units)</source>
        <translation>Pulmón y mediastino usan la parte oscura y la parte clara de los niveles de gris de esta imagen (las radiografías no tienen unidades Hounsfield)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>Ajustar la imagen a la ventana (F)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (1)</source>
        <translation>Un píxel de imagen por píxel de pantalla (1)</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Invertir</translation>
    </message>
    <message>
        <source>White for black (I)</source>
        <translation>Blanco por negro (I)</translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation>&lt; Anterior</translation>
    </message>
    <message>
        <source>The previous image of the list (Left, Page Up)</source>
        <translation>La imagen anterior de la lista (Izquierda, Re Pág)</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Siguiente &gt;</translation>
    </message>
    <message>
        <source>The next image of the list (Right, Page Down)</source>
        <translation>La imagen siguiente de la lista (Derecha, Av Pág)</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Preajuste:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cannot decode %1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No se puede decodificar %1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The image file of this sample is not known.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No se conoce el archivo de imagen de esta muestra.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Occlusion</source>
        <translation>Oclusión</translation>
    </message>
    <message>
        <source>Gradient x input</source>
        <translation>Gradiente x entrada</translation>
    </message>
    <message>
        <source>Occlusion: how much the score drops when a 32-pixel patch of the model&apos;s input is hidden (every model). Gradient x input: how the score changes with each pixel (models with gradients).</source>
        <translation>Oclusión: cuánto baja la puntuación cuando se oculta un cuadrado de 32 píxeles de la entrada del modelo (todos los modelos). Gradiente x entrada: cómo cambia la puntuación con cada píxel (modelos con gradientes).</translation>
    </message>
    <message>
        <source>Show &amp;map</source>
        <translation>Mostrar &amp;mapa</translation>
    </message>
    <message>
        <source>The saliency map over the image (M); red: the score needs this region, blue: the score is higher without it</source>
        <translation>El mapa de saliencia sobre la imagen (M); rojo: la puntuación necesita esta región, azul: la puntuación es mayor sin ella</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Map &amp;of:</source>
        <translation>Mapa &amp;de:</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation>Mét&amp;odo:</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>No map: %1</source>
        <translation>Sin mapa: %1</translation>
    </message>
    <message>
        <source>The map needs the model bundle: run a model on the dataset to see where its scores come from.</source>
        <translation>El mapa necesita el paquete del modelo: ejecute un modelo sobre el conjunto de datos para ver de dónde vienen sus puntuaciones.</translation>
    </message>
    <message>
        <source>Computing the map...</source>
        <translation>Calculando el mapa...</translation>
    </message>
    <message>
        <source>Computing the map... %1%</source>
        <translation>Calculando el mapa... %1 %</translation>
    </message>
    <message>
        <source>Occlusion, score %1: red where hiding a patch lowers the score, blue where it raises it.</source>
        <translation>Oclusión, puntuación %1: rojo donde ocultar un cuadrado baja la puntuación, azul donde la sube.</translation>
    </message>
    <message>
        <source>Gradient x input, score %1: red where brighter pixels raise the score, blue where they lower it.</source>
        <translation>Gradiente x entrada, puntuación %1: rojo donde píxeles más claros suben la puntuación, azul donde la bajan.</translation>
    </message>
</context>
<context>
    <name>cxrfair::ImportEmbeddingsDialog</name>
    <message>
        <source>Import Embeddings</source>
        <translation>Importar embeddings</translation>
    </message>
    <message>
        <source>Embeddings computed elsewhere join the dataset as a model of their own, for the PCA and probe views and export. They have no text encoder, so they are not scored.</source>
        <translation>Los embeddings calculados en otro lugar se añaden al conjunto de datos como un modelo propio, para las vistas de PCA y sondas y la exportación. No tienen codificador de texto, así que no se puntúan.</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>&amp;Array (.npy):</source>
        <translation>&amp;Matriz (.npy):</translation>
    </message>
    <message>
        <source>&amp;Keys (.csv):</source>
        <translation>&amp;Claves (.csv):</translation>
    </message>
    <message>
        <source>&amp;Image id column:</source>
        <translation>Columna de &amp;identificador de imagen:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>one row per image, float32 or float64</source>
        <translation>una fila por imagen, float32 o float64</translation>
    </message>
    <message>
        <source>a CSV aligned with the array&apos;s rows</source>
        <translation>un CSV alineado con las filas de la matriz</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>(automática)</translation>
    </message>
    <message>
        <source>Choose the Embeddings</source>
        <translation>Elegir los embeddings</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>Matrices NumPy (*.npy)</translation>
    </message>
    <message>
        <source>Choose the Keys</source>
        <translation>Elegir las claves</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.csv.gz)</source>
        <translation>Tablas CSV (*.csv *.csv.gz)</translation>
    </message>
    <message>
        <source>Choose the array of embeddings.</source>
        <translation>Elija la matriz de embeddings.</translation>
    </message>
    <message>
        <source>No file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>Choose the CSV that names each row.</source>
        <translation>Elija el CSV que nombra cada fila.</translation>
    </message>
</context>
<context>
    <name>cxrfair::InferenceJob</name>
    <message>
        <source>cancelled; %1 images are stored and a new run resumes from there</source>
        <translation>cancelado; %1 imágenes están almacenadas y una nueva ejecución continúa desde ahí</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <source>cannot decode: %1</source>
        <translation>no se puede decodificar: %1</translation>
    </message>
    <message>
        <source>%1/%2 images</source>
        <translation>%1/%2 imágenes</translation>
    </message>
    <message>
        <source>, %1 images/s, %2 left</source>
        <translation>, %1 imágenes/s, quedan %2</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 fallidas</translation>
    </message>
</context>
<context>
    <name>cxrfair::JobQueue</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::JobsPanel</name>
    <message>
        <source>Cancel All</source>
        <translation>Cancelar todo</translation>
    </message>
    <message>
        <source>Stop the running job and drop the queued ones</source>
        <translation>Detener la tarea en curso y descartar las que esperan</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this job (Esc)</source>
        <translation>Detener esta tarea (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting</source>
        <translation>
            <numerusform>%n tarea en espera</numerusform>
            <numerusform>%n tareas en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>En espera: %1</translation>
    </message>
    <message>
        <source>Drop this job; the others stay queued</source>
        <translation>Descartar esta tarea; las demás siguen en cola</translation>
    </message>
    <message numerus="yes">
        <source>1 job running, %n waiting</source>
        <translation>
            <numerusform>1 tarea en curso, %n en espera</numerusform>
            <numerusform>1 tarea en curso, %n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>1 job running, none waiting</source>
        <translation>1 tarea en curso, ninguna en espera</translation>
    </message>
    <message>
        <source>No job running or waiting</source>
        <translation>Ninguna tarea en curso ni en espera</translation>
    </message>
</context>
<context>
    <name>cxrfair::JsonFields</name>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>%1 MB is too large for a configuration file (at most %2 MB)</source>
        <translation>%1 MB es demasiado para un archivo de configuración (como máximo %2 MB)</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the JSON must be an object ({...})</source>
        <translation>el JSON debe ser un objeto ({...})</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of names, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>«%1» debe ser una lista de nombres, p. ej. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>«%1» debe ser %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un número de %1 a %2</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un entero de %1 a %2</translation>
    </message>
    <message>
        <source>an object ({...})</source>
        <translation>un objeto ({...})</translation>
    </message>
    <message>
        <source>a list ([...])</source>
        <translation>una lista ([...])</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;%2 (known keys: %3)</source>
        <translation>clave desconocida «%1»%2 (claves conocidas: %3)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;%2; did you mean &apos;%3&apos;?</source>
        <translation>clave desconocida «%1»%2; ¿quería decir «%3»?</translation>
    </message>
</context>
<context>
    <name>cxrfair::Logistic</name>
    <message>
        <source>logistic regression needs rows of at least two classes</source>
        <translation>la regresión logística necesita filas de al menos dos clases</translation>
    </message>
    <message>
        <source>C must be positive</source>
        <translation>C debe ser positivo</translation>
    </message>
    <message>
        <source>a training row has no class</source>
        <translation>una fila de entrenamiento no tiene clase</translation>
    </message>
    <message>
        <source>the starting weights do not match the problem&apos;s size</source>
        <translation>los pesos iniciales no corresponden al tamaño del problema</translation>
    </message>
</context>
<context>
    <name>cxrfair::MainWindow</name>
    <message>
        <source>Cohort settings</source>
        <translation>Ajustes de la cohorte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Dataset...</source>
        <translation>&amp;Abrir conjunto de datos...</translation>
    </message>
    <message>
        <source>Open a dataset folder in its published layout</source>
        <translation>Abrir la carpeta de un conjunto de datos con su organización publicada</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>Abrir la &amp;demo</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Generate the synthetic demo datasets (once) and open them</source>
        <translation>Generar los conjuntos de datos sintéticos de la demo (una vez) y abrirlos</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Close Dataset</source>
        <translation>&amp;Cerrar el conjunto de datos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About cxrfair</source>
        <translation>&amp;Acerca de cxrfair</translation>
    </message>
    <message>
        <source>Cannot Open Dataset</source>
        <translation>No se puede abrir el conjunto de datos</translation>
    </message>
    <message>
        <source>cxrfair cannot tell the layout of this folder</source>
        <translation>cxrfair no reconoce la organización de esta carpeta</translation>
    </message>
    <message>
        <source>About cxrfair</source>
        <translation>Acerca de cxrfair</translation>
    </message>
    <message>
        <source>&lt;h3&gt;cxrfair %1&lt;/h3&gt;&lt;p&gt;A workbench that audits CLIP-based chest X-ray models for fairness and robustness, after Sourget et al., &lt;i&gt;Fairness and Robustness of CLIP-Based Models for Chest X-rays&lt;/i&gt;, FAIMI 2025.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cxrfair %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo que audita la equidad y la robustez de los modelos CLIP para radiografía de tórax, según Sourget et al., &lt;i&gt;Fairness and Robustness of CLIP-Based Models for Chest X-rays&lt;/i&gt;, FAIMI 2025.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Scores...</source>
        <translation>Abrir &amp;puntuaciones...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open a score table (cxrfair-cli score) and chart its subgroup AUCs</source>
        <translation>Abrir una tabla de puntuaciones (cxrfair-cli score) y representar su AUC por subgrupo</translation>
    </message>
    <message>
        <source>Open Score Table</source>
        <translation>Abrir una tabla de puntuaciones</translation>
    </message>
    <message>
        <source>Score tables (*.csv *.csv.gz)</source>
        <translation>Tablas de puntuaciones (*.csv *.csv.gz)</translation>
    </message>
    <message>
        <source>Run &amp;Model on Dataset...</source>
        <translation>Aplicar un &amp;modelo al conjunto de datos...</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Encode the selected dataset with a model bundle (NAME.cxrmodel) and audit it</source>
        <translation>Codificar el conjunto de datos elegido con un paquete de modelo (NOMBRE.cxrmodel) y auditarlo</translation>
    </message>
    <message>
        <source>Choose a Model Bundle (NAME.cxrmodel)</source>
        <translation>Elegir un paquete de modelo (NOMBRE.cxrmodel)</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <source>Open &amp;Project...</source>
        <translation>Abrir un &amp;proyecto...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Open a project: its datasets, models, prompts and layout</source>
        <translation>Abrir un proyecto: sus conjuntos de datos, modelos, instrucciones y disposición</translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Guardar el proyecto</translation>
    </message>
    <message>
        <source>Save Project &amp;As...</source>
        <translation>Guardar el proyecto &amp;como...</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation>&amp;Comparar lado a lado</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>A second subgroup AUC view beside the first: another model, or another attribute</source>
        <translation>Una segunda vista de AUC por subgrupo junto a la primera: otro modelo u otro atributo</translation>
    </message>
    <message>
        <source>&amp;Guided Tour of the Demo</source>
        <translation>&amp;Visita guiada de la demo</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Walk through the study&apos;s three findings on the demo</source>
        <translation>Recorrer los tres hallazgos del estudio sobre la demo</translation>
    </message>
    <message>
        <source>Restart the Tour</source>
        <translation>Reiniciar la visita</translation>
    </message>
    <message>
        <source>Save the Project?</source>
        <translation>¿Guardar el proyecto?</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them before closing?</source>
        <translation>El proyecto tiene cambios sin guardar. ¿Guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <source>Cannot Open the Project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir un proyecto</translation>
    </message>
    <message>
        <source>cxrfair projects (*.cxrproject)</source>
        <translation>Proyectos de cxrfair (*.cxrproject)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Guardar el proyecto</translation>
    </message>
    <message>
        <source>Cannot Save the Project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1[*] - %2 - cxrfair</source>
        <translation>%1[*] - %2 - cxrfair</translation>
    </message>
    <message>
        <source>%1[*] - cxrfair</source>
        <translation>%1[*] - cxrfair</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The language changes when cxrfair starts again.</source>
        <translation>El idioma cambia cuando cxrfair se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>&amp;Import Embeddings...</source>
        <translation>&amp;Importar embeddings...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Add embeddings computed elsewhere (.npy) to the selected dataset as a model</source>
        <translation>Añadir al conjunto de datos seleccionado, como un modelo, embeddings calculados en otro lugar (.npy)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
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
        <source>Make Model &amp;Bundle from Weights...</source>
        <translation>Crear un &amp;paquete de modelo a partir de pesos...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Turn the weights that MedCLIP, BioViL, BioViL-T, MedImageInsight, CheXzero or CXR-CLIP publish into a model bundle</source>
        <translation>Convertir los pesos que publican MedCLIP, BioViL, BioViL-T, MedImageInsight, CheXzero o CXR-CLIP en un paquete de modelo</translation>
    </message>
    <message>
        <source>Model bundle written: %1</source>
        <translation>Paquete de modelo escrito: %1</translation>
    </message>
    <message>
        <source>Stop the running job; those waiting go on (Esc)</source>
        <translation>Detener la tarea en curso; las que esperan siguen (Esc)</translation>
    </message>
    <message>
        <source>this is a file, not a dataset folder</source>
        <translation>es un archivo, no una carpeta de conjunto de datos</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>Change the Language</source>
        <translation>Cambiar el idioma</translation>
    </message>
    <message>
        <source>The language changes when cxrfair starts again. Restart now?</source>
        <translation>El idioma cambia cuando cxrfair vuelve a arrancar. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Subgroup &amp;AUC</source>
        <translation>&amp;AUC por subgrupo</translation>
    </message>
    <message>
        <source>S&amp;hortcut</source>
        <translation>A&amp;tajo</translation>
    </message>
    <message>
        <source>&amp;ROC and Threshold</source>
        <translation>&amp;ROC y umbral</translation>
    </message>
    <message>
        <source>&amp;Embeddings</source>
        <translation>&amp;Embeddings</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>&amp;Galería</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Pro&amp;yecto</translation>
    </message>
    <message>
        <source>Cohort &amp;Settings</source>
        <translation>A&amp;justes de la cohorte</translation>
    </message>
    <message>
        <source>Pro&amp;mpts</source>
        <translation>In&amp;dicaciones</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>T&amp;areas</translation>
    </message>
    <message>
        <source>&amp;Go to View</source>
        <translation>&amp;Ir a la vista</translation>
    </message>
    <message>
        <source>&amp;Maximise Panel</source>
        <translation>&amp;Maximizar el panel</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Give the whole window to the panel with the focus; again to bring the others back</source>
        <translation>Dar toda la ventana al panel activo; otra vez para recuperar los demás</translation>
    </message>
    <message>
        <source>&amp;Compact Layout (Small Screens)</source>
        <translation>Disposición &amp;compacta (pantallas pequeñas)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>The analysis views as tabs of one panel, for a laptop or a projector</source>
        <translation>Las vistas de análisis como pestañas de un solo panel, para un portátil o un proyector</translation>
    </message>
    <message>
        <source>Cancel the Running Job</source>
        <translation>Cancelar la tarea en curso</translation>
    </message>
    <message>
        <source>S&amp;lices</source>
        <translation>Co&amp;rtes</translation>
    </message>
    <message>
        <source>Prompt Se&amp;nsitivity</source>
        <translation>Se&amp;nsibilidad a los prompts</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Cannot Read the Published Results</source>
        <translation>No se pueden leer los resultados publicados</translation>
    </message>
    <message>
        <source>Choose the Study&apos;s Repository (the Folder That Holds data/)</source>
        <translation>Elegir el repositorio del estudio (la carpeta que contiene data/)</translation>
    </message>
    <message>
        <source>Compare with &amp;Published Results...</source>
        <translation>Comparar con los resultados &amp;publicados...</translation>
    </message>
    <message>
        <source>Draw the study&apos;s published AUCs (Sourget et al., FAIMI 2025) on the subgroup bars: choose its repository&apos;s folder</source>
        <translation>Dibujar los AUC publicados del estudio (Sourget et al., FAIMI 2025) sobre las barras de subgrupos: elija la carpeta de su repositorio</translation>
    </message>
    <message>
        <source>Fairness S&amp;ummary</source>
        <translation>Res&amp;umen de equidad</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message numerus="yes">
        <source>%n published result(s) of Sourget et al. (2025) read: diamonds on the bars they match</source>
        <translation>
            <numerusform>%n resultado publicado de Sourget et al. (2025) leído: un rombo en la barra que le corresponde</numerusform>
            <numerusform>%n resultados publicados de Sourget et al. (2025) leídos: rombos en las barras que les corresponden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::MimicDemoWriter</name>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
</context>
<context>
    <name>cxrfair::MimicDemographics</name>
    <message>
        <source>reading MIMIC-IV patients</source>
        <translation>leyendo los pacientes de MIMIC-IV</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subject id; row ignored</source>
        <translation>&apos;%1&apos; no es un identificador de sujeto; fila ignorada</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sex (M or F); kept as missing</source>
        <translation>&apos;%1&apos; no es un sexo (M o F); se deja como ausente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age; kept as missing</source>
        <translation>&apos;%1&apos; no es una edad; se deja como ausente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year; age kept as missing</source>
        <translation>&apos;%1&apos; no es un año; la edad se deja como ausente</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>falta una columna obligatoria</translation>
    </message>
    <message>
        <source>reading MIMIC-IV admissions</source>
        <translation>leyendo los ingresos de MIMIC-IV</translation>
    </message>
    <message>
        <source>MIMIC-IV patients table (patients.csv or patients.csv.gz) not found</source>
        <translation>no se encuentra la tabla de pacientes de MIMIC-IV (patients.csv o patients.csv.gz)</translation>
    </message>
    <message>
        <source>MIMIC-IV admissions table not found: race is missing for every image</source>
        <translation>no se encuentra la tabla de ingresos de MIMIC-IV: falta la raza en todas las imágenes</translation>
    </message>
</context>
<context>
    <name>cxrfair::MimicReader</name>
    <message>
        <source>the label table has no condition columns</source>
        <translation>la tabla de etiquetas no tiene columnas de afecciones</translation>
    </message>
    <message>
        <source>reading labels</source>
        <translation>leyendo las etiquetas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a study id</source>
        <translation>&apos;%1&apos; no es un identificador de estudio</translation>
    </message>
    <message>
        <source>reading the split</source>
        <translation>leyendo la partición</translation>
    </message>
    <message>
        <source>dataset folder not found</source>
        <translation>no se encuentra la carpeta del conjunto de datos</translation>
    </message>
    <message>
        <source>the MIMIC labeler must be chexpert or negbio, not &apos;%1&apos;</source>
        <translation>el etiquetador de MIMIC debe ser chexpert o negbio, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>MIMIC-CXR metadata table not found</source>
        <translation>no se encuentra la tabla de metadatos de MIMIC-CXR</translation>
    </message>
    <message>
        <source>MIMIC-CXR label table not found</source>
        <translation>no se encuentra la tabla de etiquetas de MIMIC-CXR</translation>
    </message>
    <message>
        <source>no MIMIC-IV patients table (patients.csv or patients.csv.gz) here or in hosp/</source>
        <translation>no hay tabla de pacientes de MIMIC-IV (patients.csv o patients.csv.gz) aquí ni en hosp/</translation>
    </message>
    <message>
        <source>reading metadata</source>
        <translation>leyendo los metadatos</translation>
    </message>
    <message>
        <source>empty dicom_id</source>
        <translation>dicom_id vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subject id</source>
        <translation>&apos;%1&apos; no es un identificador de sujeto</translation>
    </message>
    <message>
        <source>no split table (mimic-cxr-2.0.0-split.csv): the split filter keeps nothing</source>
        <translation>no hay tabla de partición (mimic-cxr-2.0.0-split.csv): el filtro de partición no conserva nada</translation>
    </message>
    <message>
        <source>reading MIMIC-IV patients and admissions</source>
        <translation>leyendo los pacientes e ingresos de MIMIC-IV</translation>
    </message>
    <message>
        <source>MIMIC-IV not found (hosp/ under the root, or --mimic-iv): sex, age and race are missing</source>
        <translation>no se encuentra MIMIC-IV (hosp/ bajo la raíz, o --mimic-iv): faltan sexo, edad y raza</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) have different race values across admissions; the most frequent is used (ties: the latest)</source>
        <translation>
            <numerusform>%n paciente tiene valores de raza distintos entre ingresos; se usa el más frecuente (en empate: el más reciente)</numerusform>
            <numerusform>%n pacientes tienen valores de raza distintos entre ingresos; se usa el más frecuente (en empate: el más reciente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) have no study date, so no age at study</source>
        <translation>
            <numerusform>%n imagen no tiene fecha de estudio, por lo que no tiene edad en el estudio</numerusform>
            <numerusform>%n imágenes no tienen fecha de estudio, por lo que no tienen edad en el estudio</numerusform>
        </translation>
    </message>
    <message>
        <source>1.0, 0.0, -1.0 or empty; the study is left out</source>
        <translation>1.0, 0.0, -1.0 o vacío; el estudio se excluye</translation>
    </message>
</context>
<context>
    <name>cxrfair::Mmd</name>
    <message>
        <source>%1 group labels for %2 embeddings: one per row is needed</source>
        <translation>%1 etiquetas de grupo para %2 embeddings: se necesita una por fila</translation>
    </message>
    <message>
        <source>at least one permutation and two images per group are needed</source>
        <translation>se necesitan al menos una permutación y dos imágenes por grupo</translation>
    </message>
    <message>
        <source>a two-sample test needs at least two groups of two or more images</source>
        <translation>una prueba de dos muestras necesita al menos dos grupos de dos o más imágenes</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>groups %1 and %2: every embedding is the same, so the kernel has no scale</source>
        <translation>grupos %1 y %2: todos los embeddings son iguales, así que el núcleo no tiene escala</translation>
    </message>
</context>
<context>
    <name>cxrfair::ModelBundle</name>
    <message>
        <source>model bundle %1: %2</source>
        <translation>paquete de modelo %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>format version %1 is newer than this cxrfair reads (%2)</source>
        <translation>la versión de formato %1 es más reciente de lo que lee este cxrfair (%2)</translation>
    </message>
    <message>
        <source>%1 lacks a name</source>
        <translation>a %1 le falta un nombre</translation>
    </message>
    <message>
        <source>embedding_dim must be a positive whole number</source>
        <translation>embedding_dim debe ser un número entero positivo</translation>
    </message>
    <message>
        <source>%1 lacks the image section</source>
        <translation>a %1 le falta la sección image</translation>
    </message>
    <message>
        <source>image preprocessing: %1</source>
        <translation>preprocesamiento de imágenes: %1</translation>
    </message>
    <message>
        <source>%1 lacks the text section</source>
        <translation>a %1 le falta la sección text</translation>
    </message>
    <message>
        <source>unknown tokenizer &apos;%1&apos; (clip-bpe or wordpiece)</source>
        <translation>tokenizador desconocido &apos;%1&apos; (clip-bpe o wordpiece)</translation>
    </message>
    <message>
        <source>the text section lacks the tokenizer&apos;s vocab file</source>
        <translation>a la sección text le falta el archivo de vocabulario del tokenizador</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must name a file inside the bundle</source>
        <translation>&apos;%1&apos; debe nombrar un archivo dentro del paquete</translation>
    </message>
    <message>
        <source>a bundle is made from a model&apos;s published weights by tools/export/cxrfair_export.py (see docs/models.md)</source>
        <translation>un paquete de modelo se crea a partir de los pesos publicados de un modelo con tools/export/cxrfair_export.py (véase docs/models.md)</translation>
    </message>
    <message>
        <source>a PyTorch checkpoint, not a model bundle folder; %1</source>
        <translation>un checkpoint de PyTorch, no una carpeta de paquete de modelo; %1</translation>
    </message>
    <message>
        <source>missing %1; %2</source>
        <translation>falta %1; %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 lacks a format_version (a whole number)</source>
        <translation>a %1 le falta format_version (un entero)</translation>
    </message>
    <message>
        <source>max_length or longest, not &apos;%1&apos;</source>
        <translation>max_length o longest, no «%1»</translation>
    </message>
</context>
<context>
    <name>cxrfair::ModelDiscovery</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Slices of %1</source>
        <translation>Cortes de %1</translation>
    </message>
    <message>
        <source>%1: no slices: %2</source>
        <translation>%1: sin cortes: %2</translation>
    </message>
    <message>
        <source>the scores already have an attribute &apos;%1&apos;</source>
        <translation>las puntuaciones ya tienen un atributo &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>cxrfair::ModelEncoder</name>
    <message>
        <source>returned a tensor of rank %1; an encoder must return [batch, %2]</source>
        <translation>devolvió un tensor de rango %1; un codificador debe devolver [batch, %2]</translation>
    </message>
    <message>
        <source>returned shape [%1, %2] for %3 inputs; the manifest&apos;s embedding_dim is %4</source>
        <translation>devolvió la forma [%1, %2] para %3 entradas; el embedding_dim del manifiesto es %4</translation>
    </message>
    <message>
        <source>returned NaN or infinite values</source>
        <translation>devolvió valores NaN o infinitos</translation>
    </message>
    <message>
        <source>model bundle %1: %2: %3</source>
        <translation>paquete de modelo %1: %2: %3</translation>
    </message>
    <message>
        <source>returned %1, not a tensor</source>
        <translation>devolvió %1, no un tensor</translation>
    </message>
    <message>
        <source>out of memory with %1 images</source>
        <translation>memoria agotada con %1 imágenes</translation>
    </message>
    <message>
        <source>forward pass failed: %1</source>
        <translation>la pasada hacia delante falló: %1</translation>
    </message>
    <message>
        <source>CUDA was asked for, but this build&apos;s LibTorch has no CUDA or no GPU is present; use --device cpu or auto</source>
        <translation>se pidió CUDA, pero la LibTorch de esta compilación no tiene CUDA o no hay GPU; use --device cpu o auto</translation>
    </message>
    <message>
        <source>model bundle %1: %2</source>
        <translation>paquete de modelo %1: %2</translation>
    </message>
    <message>
        <source>not a TorchScript model this LibTorch can load (%1)</source>
        <translation>no es un modelo TorchScript que esta LibTorch pueda cargar (%1)</translation>
    </message>
    <message>
        <source>the image encoder has no gradients (%1): use --method occlusion</source>
        <translation>el codificador de imágenes no tiene gradientes (%1): use --method occlusion</translation>
    </message>
    <message>
        <source>its output does not depend on the image through autograd</source>
        <translation>su salida no depende de la imagen a través de autograd</translation>
    </message>
    <message>
        <source>no gradient reached the image</source>
        <translation>ningún gradiente llegó a la imagen</translation>
    </message>
    <message>
        <source>gradient pass failed: %1</source>
        <translation>el cálculo del gradiente falló: %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::ModelExporter</name>
    <message>
        <source>the model exporter is not installed: no %1</source>
        <translation>el exportador de modelos no está instalado: no existe %1</translation>
    </message>
    <message>
        <source>the model exporter needs Python 3 (Debian: apt install python3-torch python3-torchvision)</source>
        <translation>el exportador de modelos necesita Python 3 (Debian: apt install python3-torch python3-torchvision)</translation>
    </message>
</context>
<context>
    <name>cxrfair::NeatxReader</name>
    <message>
        <source>&apos;%1&apos; is not a drain annotation (1, 0, -1 or empty); ignored</source>
        <translation>&apos;%1&apos; no es una anotación de drenaje (1, 0, -1 o vacío); se ignora</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) name images that are not in the data entry table</source>
        <translation>
            <numerusform>%n anotación nombra imágenes que no están en la tabla de entradas</numerusform>
            <numerusform>%n anotaciones nombran imágenes que no están en la tabla de entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::NihDemoWriter</name>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>cannot write the split list</source>
        <translation>no se puede escribir la lista de partición</translation>
    </message>
    <message>
        <source>cannot write the image</source>
        <translation>no se puede escribir la imagen</translation>
    </message>
</context>
<context>
    <name>cxrfair::NihReader</name>
    <message>
        <source>dataset folder not found</source>
        <translation>no se encuentra la carpeta del conjunto de datos</translation>
    </message>
    <message>
        <source>no NIH data entry table (Data_Entry_2017_v2020.csv or Data_Entry_2017.csv) in this folder</source>
        <translation>no hay tabla de entradas NIH (Data_Entry_2017_v2020.csv o Data_Entry_2017.csv) en esta carpeta</translation>
    </message>
    <message>
        <source>indexing image folders</source>
        <translation>indexando las carpetas de imágenes</translation>
    </message>
    <message>
        <source>no split lists (train_val_list.txt, test_list.txt): the split filter keeps nothing</source>
        <translation>no hay listas de partición (train_val_list.txt, test_list.txt): el filtro de partición no conserva nada</translation>
    </message>
    <message>
        <source>reading the data entry table</source>
        <translation>leyendo la tabla de entradas</translation>
    </message>
    <message>
        <source>empty image name</source>
        <translation>nombre de imagen vacío</translation>
    </message>
    <message>
        <source>empty patient id</source>
        <translation>identificador de paciente vacío</translation>
    </message>
    <message>
        <source>unknown finding &apos;%1&apos;</source>
        <translation>hallazgo desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age</source>
        <translation>&apos;%1&apos; no es una edad</translation>
    </message>
    <message>
        <source>impossible age %1; kept as missing</source>
        <translation>edad imposible %1; se deja como ausente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sex (M or F)</source>
        <translation>&apos;%1&apos; no es un sexo (M o F)</translation>
    </message>
    <message>
        <source>reading drain annotations</source>
        <translation>leyendo las anotaciones de drenajes</translation>
    </message>
</context>
<context>
    <name>cxrfair::Npy</name>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>not a NumPy .npy file</source>
        <translation>no es un archivo NumPy .npy</translation>
    </message>
    <message>
        <source>the .npy header is truncated</source>
        <translation>la cabecera .npy está truncada</translation>
    </message>
    <message>
        <source>.npy format version %1 is not supported</source>
        <translation>la versión de formato .npy %1 no está admitida</translation>
    </message>
    <message>
        <source>the .npy header cannot be read: %1</source>
        <translation>no se puede leer la cabecera .npy: %1</translation>
    </message>
    <message>
        <source>the .npy shape (%1) cannot be read</source>
        <translation>no se puede leer la forma .npy (%1)</translation>
    </message>
    <message>
        <source>expected a 1-D or 2-D array (images x dimensions), found shape (%1)</source>
        <translation>se esperaba una matriz 1-D o 2-D (imágenes x dimensiones), se encontró la forma (%1)</translation>
    </message>
    <message>
        <source>dtype &apos;%1&apos; is not a number type cxrfair reads (float32, float64, float16 or integers)</source>
        <translation>el dtype &apos;%1&apos; no es un tipo numérico que lea cxrfair (float32, float64, float16 o enteros)</translation>
    </message>
    <message>
        <source>the array data is truncated: %1 of %2 bytes</source>
        <translation>los datos de la matriz están truncados: %1 de %2 bytes</translation>
    </message>
    <message>
        <source>the .npy header declares %1 bytes, more than the file holds</source>
        <translation>la cabecera .npy declara %1 bytes, más de los que contiene el archivo</translation>
    </message>
    <message>
        <source>the .npy shape (%1) is too large to be an array</source>
        <translation>la forma .npy (%1) es demasiado grande para un arreglo</translation>
    </message>
</context>
<context>
    <name>cxrfair::ParetoChart</name>
    <message>
        <source>Pareto front</source>
        <translation>Frente de Pareto</translation>
    </message>
    <message>
        <source>%1 AUC, all images</source>
        <translation>AUC de %1, todas las imágenes</translation>
    </message>
    <message>
        <source>Worst %1 group&apos;s AUC</source>
        <translation>AUC del peor grupo de %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::Pca</name>
    <message>
        <source>PCA needs at least two rows</source>
        <translation>el PCA necesita al menos dos filas</translation>
    </message>
    <message>
        <source>the number of components must be between 1 and %1</source>
        <translation>el número de componentes debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>the eigen-decomposition did not converge</source>
        <translation>la descomposición en valores propios no convergió</translation>
    </message>
</context>
<context>
    <name>cxrfair::PcaScatter</name>
    <message>
        <source>PC%1 (%2% of variance)</source>
        <translation>PC%1 (%2% de la varianza)</translation>
    </message>
    <message>
        <source>Point %1%2%3</source>
        <translation>Punto %1%2%3</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source> (selected; Space takes it out)</source>
        <translation> (seleccionado; Espacio lo quita)</translation>
    </message>
    <message>
        <source> (Space selects it)</source>
        <translation> (Espacio lo selecciona)</translation>
    </message>
</context>
<context>
    <name>cxrfair::Power</name>
    <message>
        <source>%1 takes a whole number of at least 1, not %2</source>
        <translation>%1 requiere un número entero de al menos 1, no %2</translation>
    </message>
    <message>
        <source>--auc takes a number from 0 to 1, not %1</source>
        <translation>--auc requiere un número de 0 a 1, no %1</translation>
    </message>
    <message>
        <source>--alpha takes a number between 0 and 1, not %1</source>
        <translation>--alpha requiere un número entre 0 y 1, no %1</translation>
    </message>
    <message>
        <source>--power takes a number between 0 and 1, not %1</source>
        <translation>--power requiere un número entre 0 y 1, no %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::Preprocess</name>
    <message>
        <source>the resize size must be between 1 and 8192</source>
        <translation>el tamaño de redimensionado debe estar entre 1 y 8192</translation>
    </message>
    <message>
        <source>the crop size must be between 0 and 8192</source>
        <translation>el tamaño de recorte debe estar entre 0 y 8192</translation>
    </message>
    <message>
        <source>channels must be 1 or 3</source>
        <translation>channels debe ser 1 o 3</translation>
    </message>
    <message>
        <source>the scale must be positive</source>
        <translation>la escala debe ser positiva</translation>
    </message>
    <message>
        <source>every standard deviation must be positive</source>
        <translation>cada desviación típica debe ser positiva</translation>
    </message>
    <message>
        <source>empty image</source>
        <translation>imagen vacía</translation>
    </message>
    <message>
        <source>exact, shorter or longer</source>
        <translation>exact, shorter o longer</translation>
    </message>
    <message>
        <source>nearest, bilinear, bicubic, area or lanczos</source>
        <translation>nearest, bilinear, bicubic, area o lanczos</translation>
    </message>
    <message>
        <source>a number or a list of 1 or 3 numbers</source>
        <translation>un número o una lista de 1 o 3 números</translation>
    </message>
</context>
<context>
    <name>cxrfair::Probe</name>
    <message>
        <source>the embeddings have %1 rows but the table has %2</source>
        <translation>los embeddings tienen %1 filas pero la tabla tiene %2</translation>
    </message>
    <message>
        <source>the probe needs at least two classes with images</source>
        <translation>la sonda necesita al menos dos clases con imágenes</translation>
    </message>
    <message>
        <source>%1, %2-fold cross-validation grouped by patient</source>
        <translation>%1, validación cruzada de %2 particiones agrupada por paciente</translation>
    </message>
    <message>
        <source>%1, 80/20 split by patient, C chosen on a validation part</source>
        <translation>%1, partición 80/20 por paciente, C elegido en una parte de validación</translation>
    </message>
    <message>
        <source>no class has both positives and negatives among the evaluated images</source>
        <translation>ninguna clase tiene a la vez positivos y negativos entre las imágenes evaluadas</translation>
    </message>
    <message>
        <source>; trained on %L1 of the %L2 training images (whole patients drawn with the seed)</source>
        <translation>; entrenada con %L1 de las %L2 imágenes de entrenamiento (pacientes enteros sorteados con la semilla)</translation>
    </message>
</context>
<context>
    <name>cxrfair::ProbeChart</name>
    <message>
        <source>Probe AUC</source>
        <translation>AUC de la sonda</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>azar</translation>
    </message>
    <message numerus="yes">
        <source>%1
(%n class(es))</source>
        <translation>
            <numerusform>%1
(%n clase)</numerusform>
            <numerusform>%1
(%n clases)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: macro AUC %2</source>
        <translation>%1: AUC macro %2</translation>
    </message>
    <message>
        <source> [%1, %2]</source>
        <translation> [%1, %2]</translation>
    </message>
    <message>
        <source>
accuracy %1 (always the most frequent class: %2)
%3 images, %4 classes</source>
        <translation>
exactitud %1 (siempre la clase más frecuente: %2)
%3 imágenes, %4 clases</translation>
    </message>
</context>
<context>
    <name>cxrfair::Problem</name>
    <message>
        <source>, row %1</source>
        <translation>, fila %1</translation>
    </message>
    <message>
        <source>, column &apos;%1&apos;</source>
        <translation>, columna &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>cxrfair::ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>cxrfair::Progress</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>cxrfair::Project</name>
    <message>
        <source>not a cxrfair project (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>no es un proyecto de cxrfair (sin &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the project has format version %1; this cxrfair reads up to %2: update cxrfair</source>
        <translation>el proyecto tiene la versión de formato %1; este cxrfair lee hasta la %2: actualice cxrfair</translation>
    </message>
    <message>
        <source>%1: imported embeddings need &quot;array&quot; and &quot;keys&quot;</source>
        <translation>%1: los embeddings importados necesitan «array» y «keys»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object ({...})</source>
        <translation>«%1» debe ser un objeto ({...})</translation>
    </message>
</context>
<context>
    <name>cxrfair::ProjectPanel</name>
    <message>
        <source>Project: datasets, models and embedding runs</source>
        <translation>Proyecto: conjuntos de datos, modelos y ejecuciones de embeddings</translation>
    </message>
    <message>
        <source>imported embeddings</source>
        <translation>embeddings importados</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptEditor</name>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Preajuste:</translation>
    </message>
    <message>
        <source>Use Preset</source>
        <translation>Usar el preajuste</translation>
    </message>
    <message>
        <source>Replace every prompt with the preset&apos;s (undoable)</source>
        <translation>Sustituir todas las instrucciones por las del preajuste (se puede deshacer)</translation>
    </message>
    <message>
        <source>Load...</source>
        <translation>Cargar...</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Guardar...</translation>
    </message>
    <message>
        <source>Double-click a cell to edit; scores and charts follow at once, from the stored embeddings.</source>
        <translation>Haga doble clic en una celda para editarla; las puntuaciones y los gráficos se actualizan al momento, a partir de las representaciones guardadas.</translation>
    </message>
    <message>
        <source>Use Prompt Preset %1</source>
        <translation>Usar el preajuste de instrucciones %1</translation>
    </message>
    <message>
        <source>Load Prompts</source>
        <translation>Cargar instrucciones</translation>
    </message>
    <message>
        <source>Prompt sets (*.json)</source>
        <translation>Conjuntos de instrucciones (*.json)</translation>
    </message>
    <message>
        <source>Load Prompts from %1</source>
        <translation>Cargar las instrucciones de %1</translation>
    </message>
    <message>
        <source>Save Prompts</source>
        <translation>Guardar las instrucciones</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptSensitivityChart</name>
    <message>
        <source>%1 (inverted)</source>
        <translation>%1 (invertido)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>%1 AUC</source>
        <translation>AUC %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptSensitivityView</name>
    <message>
        <source>Con&amp;dition:</source>
        <translation>Con&amp;dición:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupos:</translation>
    </message>
    <message>
        <source>Prompt sensitivity</source>
        <translation>Sensibilidad a los prompts</translation>
    </message>
    <message>
        <source>A zero-shot AUC depends on the words of the prompts. Each point is the AUC of one prompt set for the population or a group: the study&apos;s (&quot;Chest {condition}&quot; against &quot;Chest No findings&quot;), CheXzero&apos;s (&quot;{condition}&quot; against &quot;no {condition}&quot;) and three phrasings of each condition against a matching normal phrase (synonyms-1: the term, synonyms-2: a plain description, synonyms-3: a radiological sign). The grey bar spans the lowest to the highest AUC. A set drawn as a cross is inverted: its AUC over all images is below 0.5, the mark of a negative prompt the model reads as the finding. A gap between groups that changes size, or whose worst group changes, with the words is not a finding. Every set is scored from the stored embeddings: no image is encoded again.</source>
        <translation>Un AUC zero-shot depende de las palabras de los prompts. Cada punto es el AUC de un conjunto de prompts para la población o un grupo: el del estudio (&quot;Chest {condition}&quot; frente a &quot;Chest No findings&quot;), el de CheXzero (&quot;{condition}&quot; frente a &quot;no {condition}&quot;) y tres formulaciones de cada condición frente a una frase normal correspondiente (synonyms-1: el término, synonyms-2: una descripción sencilla, synonyms-3: un signo radiológico). La barra gris va del AUC más bajo al más alto. Un conjunto dibujado como cruz está invertido: su AUC sobre todas las imágenes es menor que 0,5, la marca de un prompt negativo que el modelo lee como el hallazgo. Una brecha entre grupos cuyo tamaño, o cuyo peor grupo, cambia con las palabras no es un hallazgo. Cada conjunto se calcula a partir de los embeddings almacenados: no se vuelve a codificar ninguna imagen.</translation>
    </message>
    <message>
        <source>All images only</source>
        <translation>Solo todas las imágenes</translation>
    </message>
    <message>
        <source>No prompt sweep: run a model on a dataset with labels.</source>
        <translation>Sin barrido de prompts: ejecute un modelo sobre un conjunto de datos con etiquetas.</translation>
    </message>
    <message>
        <source>On all images, the AUC goes from %1 to %2 across %3 prompt sets.</source>
        <translation>Sobre todas las imágenes, el AUC va de %1 a %2 según %3 conjuntos de prompts.</translation>
    </message>
    <message>
        <source>Inverted (AUC below 0.5): %1.</source>
        <translation>Invertido (AUC menor que 0,5): %1.</translation>
    </message>
    <message>
        <source>The gap between %1 groups goes from %2 to %3.</source>
        <translation>La brecha entre los grupos de %1 va de %2 a %3.</translation>
    </message>
    <message>
        <source>The worst group changes with the words (%1): not a finding.</source>
        <translation>El peor grupo cambia con las palabras (%1): no es un hallazgo.</translation>
    </message>
    <message>
        <source>The worst group is the same under every set.</source>
        <translation>El peor grupo es el mismo con cada conjunto.</translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptSet</name>
    <message>
        <source>prompts: %1 has no prompt (give a list of texts)</source>
        <translation>prompts: %1 no tiene prompt (indique una lista de textos)</translation>
    </message>
    <message>
        <source>the default positive set</source>
        <translation>el conjunto positivo por defecto</translation>
    </message>
    <message>
        <source>the default negative set</source>
        <translation>el conjunto negativo por defecto</translation>
    </message>
    <message>
        <source>unknown prompt preset &apos;%1&apos; (%2, or a JSON file)</source>
        <translation>preajuste de prompts desconocido &apos;%1&apos; (%2, o un archivo JSON)</translation>
    </message>
    <message>
        <source>a text or a list of texts</source>
        <translation>un texto o una lista de textos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;positive&quot; and &quot;negative&quot; prompts</source>
        <translation>«%1» debe ser un objeto con prompts «positive» y «negative»</translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptSets</name>
    <message>
        <source>unknown prompt set &apos;%1&apos;: give %2 or a prompt JSON file</source>
        <translation>conjunto de prompts desconocido &apos;%1&apos;: indique %2 o un archivo JSON de prompts</translation>
    </message>
    <message>
        <source>no prompt set to sweep</source>
        <translation>ningún conjunto de prompts que barrer</translation>
    </message>
    <message>
        <source>the prompt set &apos;%1&apos; is given twice</source>
        <translation>el conjunto de prompts &apos;%1&apos; se indica dos veces</translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptSweep</name>
    <message>
        <source>Scoring with the prompt set %1</source>
        <translation>Puntuando con el conjunto de prompts %1</translation>
    </message>
    <message>
        <source>no prompt set to sweep</source>
        <translation>ningún conjunto de prompts que barrer</translation>
    </message>
    <message>
        <source>Subgroup AUCs</source>
        <translation>AUC por subgrupo</translation>
    </message>
    <message>
        <source>the store&apos;s images have labels for none of the study&apos;s conditions (%1)</source>
        <translation>las imágenes del almacén no tienen etiquetas para ninguna condición del estudio (%1)</translation>
    </message>
    <message>
        <source>Prompt sensitivity</source>
        <translation>Sensibilidad a los prompts</translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptTableModel</name>
    <message>
        <source>Change Prompts</source>
        <translation>Cambiar las instrucciones</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Positive prompts</source>
        <translation>Instrucciones positivas</translation>
    </message>
    <message>
        <source>Negative prompts</source>
        <translation>Instrucciones negativas</translation>
    </message>
    <message>
        <source>Every condition (default)</source>
        <translation>Todas las afecciones (por defecto)</translation>
    </message>
    <message>
        <source>Used by every condition without prompts of its own; {condition} stands for the condition&apos;s name.</source>
        <translation>Las usa toda afección sin instrucciones propias; {condition} representa el nombre de la afección.</translation>
    </message>
    <message>
        <source>From the defaults; type to give this condition its own prompts. Separate an ensemble&apos;s prompts with &apos;;&apos;.</source>
        <translation>Tomadas de los valores por defecto; escriba para dar a esta afección sus propias instrucciones. Separe las instrucciones de un conjunto con «;».</translation>
    </message>
    <message>
        <source>Separate an ensemble&apos;s prompts with &apos;;&apos;; clear the cell to use the defaults.</source>
        <translation>Separe las instrucciones de un conjunto con «;»; vacíe la celda para usar los valores por defecto.</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>Edit %1 Prompts of %2</source>
        <translation>Editar las instrucciones %1 de %2</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Every Condition</source>
        <translation>Todas las afecciones</translation>
    </message>
</context>
<context>
    <name>cxrfair::PublishedModelsDialog</name>
    <message>
        <source>Models in the Published Results</source>
        <translation>Modelos de los resultados publicados</translation>
    </message>
    <message>
        <source>The study published its six models&apos; results. Choose which of them each of your models reproduces; its bars then show the published values as diamonds.</source>
        <translation>El estudio publicó los resultados de sus seis modelos. Elija cuál reproduce cada uno de sus modelos; sus barras muestran entonces los valores publicados como rombos.</translation>
    </message>
    <message>
        <source>(not compared)</source>
        <translation>(no comparado)</translation>
    </message>
</context>
<context>
    <name>cxrfair::PublishedResults</name>
    <message>
        <source>no condition</source>
        <translation>ninguna afección</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>ningún grupo</translation>
    </message>
    <message>
        <source>the interval&apos;s low end %1 is above its high end %2</source>
        <translation>el extremo inferior del intervalo %1 supera su extremo superior %2</translation>
    </message>
    <message>
        <source>unknown dataset &apos;%1&apos; (known: %2)</source>
        <translation>conjunto de datos desconocido &apos;%1&apos; (conocidos: %2)</translation>
    </message>
    <message>
        <source>no folder %1: give the study repository&apos;s root, the folder that holds data/</source>
        <translation>no existe la carpeta %1: indique la raíz del repositorio del estudio, la carpeta que contiene data/</translation>
    </message>
    <message>
        <source>no zeroshot_{model}.csv table in this folder</source>
        <translation>ninguna tabla zeroshot_{model}.csv en esta carpeta</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>ningún valor</translation>
    </message>
</context>
<context>
    <name>cxrfair::RaceMapping</name>
    <message>
        <source>each race rule needs a &apos;prefix&apos;</source>
        <translation>cada regla de raza necesita un &apos;prefix&apos;</translation>
    </message>
    <message>
        <source>the race mapping must be a list of rules or an object with &quot;rules&quot;</source>
        <translation>la correspondencia de raza debe ser una lista de reglas o un objeto con «rules»</translation>
    </message>
</context>
<context>
    <name>cxrfair::RaceMappingEditor</name>
    <message>
        <source>Value starts with</source>
        <translation>El valor empieza por</translation>
    </message>
    <message>
        <source>Group (empty: missing)</source>
        <translation>Grupo (vacío: falta)</translation>
    </message>
    <message>
        <source>The first rule whose prefix matches the recorded value (ignoring case) gives the group</source>
        <translation>La primera regla cuyo prefijo coincide con el valor registrado (sin distinguir mayúsculas) da el grupo</translation>
    </message>
    <message>
        <source>The group of values that no rule matches</source>
        <translation>El grupo de los valores que ninguna regla reconoce</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Añadir regla</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Quitar regla</translation>
    </message>
    <message>
        <source>Other values:</source>
        <translation>Otros valores:</translation>
    </message>
</context>
<context>
    <name>cxrfair::RadiographCanvas</name>
    <message>
        <source>Drag: window (left and right) and level (up and down). Right-drag: pan. Wheel: zoom. Double-click: fit.</source>
        <translation>Arrastrar: ventana (izquierda y derecha) y nivel (arriba y abajo). Arrastre derecho: desplazar. Rueda: zoom. Doble clic: ajustar.</translation>
    </message>
</context>
<context>
    <name>cxrfair::RasterDecoder</name>
    <message>
        <source>not an image file (%1)</source>
        <translation>no es un archivo de imagen (%1)</translation>
    </message>
    <message>
        <source>cannot decode the image (%1)</source>
        <translation>no se puede decodificar la imagen (%1)</translation>
    </message>
    <message>
        <source>full range</source>
        <translation>rango completo</translation>
    </message>
</context>
<context>
    <name>cxrfair::Readers</name>
    <message>
        <source>&apos;%1&apos; is not a label (%2)</source>
        <translation>&apos;%1&apos; no es una etiqueta (%2)</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a line cut short?); row ignored</source>
        <translation>la fila tiene %1 campos y la cabecera %2 (¿línea cortada?); fila ignorada</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a delimiter inside a value that is not quoted?); row ignored</source>
        <translation>la fila tiene %1 campos y la cabecera %2 (¿un separador dentro de un valor sin comillas?); fila ignorada</translation>
    </message>
</context>
<context>
    <name>cxrfair::RegionAttribution</name>
    <message>
        <source>region mask %1: not an image this build can read</source>
        <translation>máscara de región %1: no es una imagen que esta versión sepa leer</translation>
    </message>
</context>
<context>
    <name>cxrfair::Reproduction</name>
    <message>
        <source>&apos;%1&apos; is not PUBLISHED=METRICS, e.g. chexzero=&quot;CheXzero (demo)&quot;</source>
        <translation>&apos;%1&apos; no es de la forma PUBLICADO=MÉTRICAS, por ejemplo chexzero=&quot;CheXzero (demo)&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is mapped twice</source>
        <translation>&apos;%1&apos; está asociado dos veces</translation>
    </message>
</context>
<context>
    <name>cxrfair::RocChart</name>
    <message>
        <source>False positive rate (1 - specificity)</source>
        <translation>Tasa de falsos positivos (1 - especificidad)</translation>
    </message>
    <message>
        <source>True positive rate (sensitivity)</source>
        <translation>Tasa de verdaderos positivos (sensibilidad)</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Azar</translation>
    </message>
</context>
<context>
    <name>cxrfair::RocView</name>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Afección:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupos:</translation>
    </message>
    <message>
        <source>ROC curves and thresholds</source>
        <translation>Curvas ROC y umbrales</translation>
    </message>
    <message>
        <source>A ROC curve shows every trade-off a threshold can make: how many images with the condition are caught (true positive rate, TPR) against how many without it are flagged (false positive rate, FPR). A curve further up and left is better; the dotted diagonal is guessing. The dots mark each group at the chosen threshold. Underdiagnosis is the share of images with the finding that the threshold calls negative (for No Finding: images with a finding called &quot;no finding&quot;); a group with a higher value is missed more often. Thresholds chosen by a rule are chosen on 20% of the patients and judged on the others, never on the same labels. Groups with few images give unstable rates.</source>
        <translation>Una curva ROC muestra todos los compromisos que puede hacer un umbral: cuántas imágenes con la afección se detectan (tasa de verdaderos positivos, TVP) frente a cuántas sin ella se señalan (tasa de falsos positivos, TFP). Cuanto más arriba y a la izquierda esté la curva, mejor; la diagonal punteada es el azar. Los puntos marcan cada grupo con el umbral elegido. El infradiagnóstico es la proporción de imágenes con el hallazgo que el umbral declara negativas (para No Finding: imágenes con un hallazgo declaradas «sin hallazgos»); un grupo con un valor más alto se pasa por alto más a menudo. Los umbrales elegidos por una regla se eligen con el 20 % de los pacientes y se juzgan con los demás, nunca con las mismas etiquetas. Los grupos con pocas imágenes dan tasas inestables.</translation>
    </message>
    <message>
        <source>Fixed threshold</source>
        <translation>Umbral fijo</translation>
    </message>
    <message>
        <source>Youden&apos;s J on validation</source>
        <translation>J de Youden en la validación</translation>
    </message>
    <message>
        <source>Maximum F1 on validation</source>
        <translation>F1 máximo en la validación</translation>
    </message>
    <message>
        <source>Specificity on validation</source>
        <translation>Especificidad en la validación</translation>
    </message>
    <message>
        <source>Sensitivity on validation</source>
        <translation>Sensibilidad en la validación</translation>
    </message>
    <message>
        <source>A fixed threshold applies to every image. The other rules choose the threshold on 20% of the patients (the validation part) and report the rates on the others, never on the labels they chose with.</source>
        <translation>Un umbral fijo se aplica a todas las imágenes. Las demás reglas eligen el umbral con el 20 % de los pacientes (la parte de validación) y dan las tasas con los demás, nunca con las etiquetas usadas para elegir.</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Umbral:</translation>
    </message>
    <message>
        <source>Images scoring at least this value are called positive</source>
        <translation>Las imágenes que alcanzan este valor se declaran positivas</translation>
    </message>
    <message>
        <source>The target rate the threshold must reach on validation</source>
        <translation>La tasa que el umbral debe alcanzar en la validación</translation>
    </message>
    <message>
        <source>%1 (AUC %2, %3+/%4-)</source>
        <translation>%1 (AUC %2, %3+/%4-)</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Threshold %1 on all %2 images.</source>
        <translation>Umbral %1 en las %2 imágenes.</translation>
    </message>
    <message>
        <source>Threshold %1, chosen by %2 on %3 validation images (20% of the patients); rates on the other %4 images.</source>
        <translation>Umbral %1, elegido por %2 en %3 imágenes de validación (20 % de los pacientes); tasas en las otras %4 imágenes.</translation>
    </message>
    <message>
        <source>TPR gap (equal opportunity) %1; equalized odds %2.</source>
        <translation>Brecha de TVP (igualdad de oportunidades) %1; probabilidades igualadas %2.</translation>
    </message>
    <message>
        <source>No threshold: %1</source>
        <translation>Sin umbral: %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::Saliency</name>
    <message>
        <source>no prompt for the condition &apos;%1&apos; in the prompt set &apos;%2&apos;</source>
        <translation>ningún prompt para la condición &apos;%1&apos; en el conjunto de prompts &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 of %2 occlusions</source>
        <translation>%1 de %2 oclusiones</translation>
    </message>
    <message>
        <source>%1 occlusions</source>
        <translation>%1 oclusiones</translation>
    </message>
    <message>
        <source>the patch and the stride must be at least 1 pixel</source>
        <translation>el cuadrado y el paso deben medir al menos 1 píxel</translation>
    </message>
    <message>
        <source>the patch (%1 pixels) is larger than the input the encoder sees (%2 x %3)</source>
        <translation>el cuadrado (%1 píxeles) es mayor que la entrada que ve el codificador (%2 x %3)</translation>
    </message>
</context>
<context>
    <name>cxrfair::SaliencyOverlay</name>
    <message>
        <source>gradient x input (smoothed)</source>
        <translation>gradiente x entrada (suavizado)</translation>
    </message>
    <message>
        <source>score drop</source>
        <translation>caída de la puntuación</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <source>cannot write the overlay</source>
        <translation>no se puede escribir la superposición</translation>
    </message>
</context>
<context>
    <name>cxrfair::ScoreTable</name>
    <message>
        <source>empty model name</source>
        <translation>nombre de modelo vacío</translation>
    </message>
    <message>
        <source>empty condition</source>
        <translation>afección vacía</translation>
    </message>
    <message>
        <source>empty sample id</source>
        <translation>identificador de muestra vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a label (0 or 1)</source>
        <translation>&apos;%1&apos; no es una etiqueta (0 o 1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation>&apos;%1&apos; no es un número finito</translation>
    </message>
    <message>
        <source>image %1 has another label for %2 in an earlier row</source>
        <translation>la imagen %1 tiene otra etiqueta para %2 en una fila anterior</translation>
    </message>
    <message>
        <source>a second row for model %1, condition %2 and image %3</source>
        <translation>una segunda fila para el modelo %1, la afección %2 y la imagen %3</translation>
    </message>
    <message>
        <source>the score table has no rows</source>
        <translation>la tabla de puntuaciones no tiene filas</translation>
    </message>
    <message>
        <source>no attribute column &apos;%1&apos; (the table has: %2)</source>
        <translation>no hay columna de atributo &apos;%1&apos; (la tabla tiene: %2)</translation>
    </message>
    <message>
        <source>the intersection %1 names an attribute that is not reported</source>
        <translation>la intersección %1 nombra un atributo que no se informa</translation>
    </message>
    <message>
        <source>the scores of %1 are of other images than those of %2</source>
        <translation>las puntuaciones de %1 son de otras imágenes que las de %2</translation>
    </message>
    <message>
        <source>two score sets of the model %1</source>
        <translation>dos conjuntos de puntuaciones del modelo %1</translation>
    </message>
    <message>
        <source>more than 1024 conditions</source>
        <translation>más de 1024 afecciones</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a cut or broken line?)</source>
        <translation>%1 campos cuando la cabecera tiene %2 (¿línea cortada o dañada?)</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; to match on (the table has: %2)</source>
        <translation>no hay columna &apos;%1&apos; por la que emparejar (la tabla tiene: %2)</translation>
    </message>
</context>
<context>
    <name>cxrfair::Scoring</name>
    <message>
        <source>the dataset has no condition &apos;%1&apos; (it has %2)</source>
        <translation>el conjunto de datos no tiene la afección &apos;%1&apos; (tiene %2)</translation>
    </message>
</context>
<context>
    <name>cxrfair::ScriptedEncoders</name>
    <message>
        <source>cannot save the TorchScript model: %1</source>
        <translation>no se puede guardar el modelo TorchScript: %1</translation>
    </message>
    <message>
        <source>inconsistent encoder weights</source>
        <translation>pesos de codificador incoherentes</translation>
    </message>
</context>
<context>
    <name>cxrfair::Session</name>
    <message>
        <source>Settings applied</source>
        <translation>Ajustes aplicados</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message numerus="yes">
        <source>AUCs of %n condition(s)</source>
        <translation>
            <numerusform>AUC de %n afección</numerusform>
            <numerusform>AUC de %n afecciones</numerusform>
        </translation>
    </message>
    <message>
        <source>PCA and probes</source>
        <translation>ACP y sondas</translation>
    </message>
    <message>
        <source>Project saved to %1</source>
        <translation>Proyecto guardado en %1</translation>
    </message>
    <message>
        <source>a job is running; cancel it or wait for it first</source>
        <translation>hay una tarea en curso; cancélela o espere a que termine</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <source>Restoring the layout</source>
        <translation>Restaurando la disposición</translation>
    </message>
    <message>
        <source>Project %1 opened</source>
        <translation>Proyecto %1 abierto</translation>
    </message>
    <message>
        <source>Open Dataset %1</source>
        <translation>Abrir el conjunto de datos %1</translation>
    </message>
    <message>
        <source>Close Dataset %1</source>
        <translation>Cerrar el conjunto de datos %1</translation>
    </message>
    <message>
        <source>Change Cohort Settings of %1</source>
        <translation>Cambiar los ajustes de cohorte de %1</translation>
    </message>
    <message>
        <source>Run %1 on %2</source>
        <translation>Ejecutar %1 en %2</translation>
    </message>
    <message>
        <source>Shortcut Analysis of %1 in %2</source>
        <translation>Análisis del atajo %1 en %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>%1 encoded, %2 reused, %3 failed on %4 (%5 images/s)</source>
        <translation>%1 codificadas, %2 reutilizadas, %3 fallidas en %4 (%5 imágenes/s)</translation>
    </message>
    <message>
        <source>; the images that could not be read are listed in %1</source>
        <translation>; las imágenes que no se pudieron leer se listan en %1</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Cargando %1...</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 images; %n problem(s) found (see the Problems tab)</source>
        <translation>
            <numerusform>%1 imágenes cargadas; %n problema encontrado (vea la pestaña Problemas)</numerusform>
            <numerusform>%1 imágenes cargadas; %n problemas encontrados (vea la pestaña Problemas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1 images</source>
        <translation>%1 imágenes cargadas</translation>
    </message>
    <message>
        <source>Importing embeddings from %1...</source>
        <translation>Importando embeddings de %1...</translation>
    </message>
    <message>
        <source>Encoding and analysing with %1...</source>
        <translation>Codificando y analizando con %1...</translation>
    </message>
    <message>
        <source>Subgroup AUCs ready</source>
        <translation>AUC por subgrupo listos</translation>
    </message>
    <message>
        <source>Subgroup AUCs ready; no embedding analysis: %1</source>
        <translation>AUC por subgrupo listos; sin análisis de representaciones: %1</translation>
    </message>
    <message>
        <source>Shortcut analysis: %1 in %2</source>
        <translation>Análisis del atajo: %1 en %2</translation>
    </message>
    <message>
        <source>Shortcut analysis ready</source>
        <translation>Análisis del atajo listo</translation>
    </message>
    <message>
        <source>Rescoring...</source>
        <translation>Recalculando las puntuaciones...</translation>
    </message>
    <message>
        <source>Rescoring with the edited prompts</source>
        <translation>Recalculando las puntuaciones con los prompts editados</translation>
    </message>
    <message>
        <source>Rescored with bootstrap intervals in %1 s.</source>
        <translation>Puntuaciones recalculadas con intervalos bootstrap en %1 s.</translation>
    </message>
    <message>
        <source>Rescored in %1 s (DeLong intervals; bootstrap intervals follow).</source>
        <translation>Puntuaciones recalculadas en %1 s (intervalos de DeLong; siguen los intervalos bootstrap).</translation>
    </message>
    <message>
        <source>Rescoring cancelled.</source>
        <translation>Recálculo de las puntuaciones cancelado.</translation>
    </message>
    <message>
        <source>Cannot rescore: %1</source>
        <translation>No se pueden recalcular las puntuaciones: %1</translation>
    </message>
    <message>
        <source>Computing subgroup AUCs for %1...</source>
        <translation>Calculando el AUC por subgrupo de %1...</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>Preparing the demo datasets...</source>
        <translation>Preparando los conjuntos de datos de la demo...</translation>
    </message>
    <message>
        <source>Running the demo model</source>
        <translation>Ejecutando el modelo de demostración</translation>
    </message>
    <message>
        <source>Showing the NIH demo</source>
        <translation>Mostrando la demostración NIH</translation>
    </message>
    <message>
        <source>The demo is ready</source>
        <translation>La demostración está lista</translation>
    </message>
    <message>
        <source>Demo ready in %1</source>
        <translation>Demostración lista en %1</translation>
    </message>
    <message>
        <source>%1 is already open: shown</source>
        <translation>%1 ya está abierto: se muestra</translation>
    </message>
    <message numerus="yes">
        <source>; %n damaged stored record(s) cut out and encoded again</source>
        <translation>
            <numerusform>; %n registro dañado eliminado y codificado de nuevo</numerusform>
            <numerusform>; %n registros dañados eliminados y codificados de nuevo</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the results of %1...</source>
        <translation>Abriendo los resultados de %1...</translation>
    </message>
    <message>
        <source>Reading the stored results of %1</source>
        <translation>Leyendo los resultados guardados de %1</translation>
    </message>
    <message>
        <source>Results of %1 restored as computed on %2 (the same tables, settings, prompts, model and store)</source>
        <translation>Resultados de %1 restaurados tal como se calcularon el %2 (mismas tablas, ajustes, prompts, modelo y almacén)</translation>
    </message>
    <message>
        <source>stored results not used: %1</source>
        <translation>resultados guardados no usados: %1</translation>
    </message>
    <message>
        <source>Storing the results</source>
        <translation>Guardando los resultados</translation>
    </message>
    <message>
        <source>the results could not be stored: %1</source>
        <translation>no se pudieron guardar los resultados: %1</translation>
    </message>
    <message>
        <source>Reading the stored embeddings</source>
        <translation>Leyendo los embeddings guardados</translation>
    </message>
</context>
<context>
    <name>cxrfair::ShortcutChart</name>
    <message>
        <source>All images</source>
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>Sin %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>%1 AUC (95% interval)</source>
        <translation>AUC de %1 (intervalo del 95 %)</translation>
    </message>
    <message>
        <source>all images</source>
        <translation>todas las imágenes</translation>
    </message>
    <message>
        <source>positives without %1</source>
        <translation>positivos sin %1</translation>
    </message>
    <message>
        <source>positives with %1</source>
        <translation>positivos con %1</translation>
    </message>
    <message>
        <source>%1, %2: %3
AUC %4</source>
        <translation>%1, %2: %3
AUC %4</translation>
    </message>
    <message>
        <source> [%1, %2]</source>
        <translation> [%1, %2]</translation>
    </message>
    <message>
        <source>
%1 positives against %2 negatives</source>
        <translation>
%1 positivos frente a %2 negativos</translation>
    </message>
</context>
<context>
    <name>cxrfair::ShortcutView</name>
    <message>
        <source>Export Bars</source>
        <translation>Exportar las barras</translation>
    </message>
    <message>
        <source>Export ROC</source>
        <translation>Exportar las ROC</translation>
    </message>
    <message>
        <source>ROC curves of &amp;model:</source>
        <translation>Curvas ROC del &amp;modelo:</translation>
    </message>
    <message>
        <source>Shortcut learning</source>
        <translation>Aprendizaje por atajos</translation>
    </message>
    <message>
        <source>Chest drains are inserted to treat a pneumothorax, so an image with a drain almost always has one. A model can learn to spot the drain instead of the disease. The bars compare the AUC on all images with the AUC when the positives have no drain (the cases that matter most: untreated) and when they have one, each against all negatives. A model that leans on drains does much better with them than without. The whiskers are 95% bootstrap intervals; few positives in a stratum give wide intervals.</source>
        <translation>Los drenajes torácicos se colocan para tratar un neumotórax, así que una imagen con drenaje casi siempre tiene uno. Un modelo puede aprender a ver el drenaje en lugar de la enfermedad. Las barras comparan el AUC en todas las imágenes con el AUC cuando los positivos no tienen drenaje (los casos que más importan: sin tratar) y cuando lo tienen, cada uno frente a todos los negativos. Un modelo que se apoya en los drenajes acierta mucho más con ellos que sin ellos. Los bigotes son intervalos bootstrap del 95 %; pocos positivos en un estrato dan intervalos anchos.</translation>
    </message>
    <message>
        <source>%1 (AUC %2, %3 pos.)</source>
        <translation>%1 (AUC %2, %3 pos.)</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>Sin %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A 0/1 attribute recorded on the positives, such as a chest drain</source>
        <translation>Un atributo 0/1 registrado en los positivos, como un drenaje torácico</translation>
    </message>
    <message>
        <source>The condition whose positives are split by the confounder</source>
        <translation>La afección cuyos positivos se separan según el factor de confusión</translation>
    </message>
    <message>
        <source>Con&amp;founder:</source>
        <translation>&amp;Factor de confusión:</translation>
    </message>
    <message>
        <source>in the positives of co&amp;ndition:</source>
        <translation>en los positivos de la af&amp;ección:</translation>
    </message>
</context>
<context>
    <name>cxrfair::SliceDiscovery</name>
    <message>
        <source>slice discovery: inputs differ in length</source>
        <translation>descubrimiento de cortes: las entradas difieren en longitud</translation>
    </message>
    <message>
        <source>the term embeddings must have one row per term and the images&apos; dimension (%1 terms, %2 x %3 embeddings, images of dimension %4)</source>
        <translation>los embeddings de los términos deben tener una fila por término y la dimensión de las imágenes (%1 términos, embeddings %2 x %3, imágenes de dimensión %4)</translation>
    </message>
    <message>
        <source>the number of slices must be from 1 to 100 (not %1)</source>
        <translation>el número de cortes debe ir de 1 a 100 (no %1)</translation>
    </message>
    <message>
        <source>slice discovery needs positive and negative images (%1 of %2 are positive)</source>
        <translation>el descubrimiento de cortes necesita imágenes positivas y negativas (%1 de %2 son positivas)</translation>
    </message>
    <message>
        <source>positives</source>
        <translation>positivas</translation>
    </message>
    <message>
        <source>negatives</source>
        <translation>negativas</translation>
    </message>
    <message>
        <source>too few images to find %1 slices (%2 in the search half, %3 held out)</source>
        <translation>demasiado pocas imágenes para encontrar %1 cortes (%2 en la mitad de búsqueda, %3 reservadas)</translation>
    </message>
    <message>
        <source>Principal components of the search half</source>
        <translation>Componentes principales de la mitad de búsqueda</translation>
    </message>
    <message>
        <source>Evaluating the slices on the held-out half</source>
        <translation>Evaluando los cortes en la mitad reservada</translation>
    </message>
    <message>
        <source>Mixtures of the positives</source>
        <translation>Mezclas de las positivas</translation>
    </message>
    <message>
        <source>Mixtures of the negatives</source>
        <translation>Mezclas de las negativas</translation>
    </message>
</context>
<context>
    <name>cxrfair::SliceSources</name>
    <message>
        <source>the scores have no condition &apos;%1&apos; (they have %2)</source>
        <translation>las puntuaciones no tienen la condición &apos;%1&apos; (tienen %2)</translation>
    </message>
    <message>
        <source>the scores have no model %1 for &apos;%2&apos;</source>
        <translation>las puntuaciones no tienen el modelo %1 para &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>cxrfair::SliceTableModel</name>
    <message>
        <source>No attribute or tag is over-represented in this slice.</source>
        <translation>Ningún atributo ni etiqueta está sobrerrepresentado en este corte.</translation>
    </message>
    <message>
        <source>Over-represented (odds ratio, 95% interval):
%1</source>
        <translation>Sobrerrepresentados (razón de momios, intervalo del 95 %):
%1</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>Corte</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Positives</source>
        <translation>Positivas</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Resto</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>cxrfair::SlicesView</name>
    <message>
        <source>Con&amp;dition:</source>
        <translation>Con&amp;dición:</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Cortes</translation>
    </message>
    <message>
        <source>Groups of images, close to one another in the model&apos;s embedding space, where the model ranks worst. They are searched on half of the patients and every figure here comes from the other half, so a slice found by chance shows no difference. A slice&apos;s AUC counts the pairs of a positive and a negative of which at least one is in the slice (a slice of positives: its positives against every negative); Rest counts the other pairs. The interval is a 95% bootstrap interval over patients and p a permutation test. The description lists the phrases nearest to the slice in the model&apos;s text space, and the attributes and tags it holds more often than the rest (hover for the odds ratios). Choose a slice to see its images in the gallery and the PCA scatter.</source>
        <translation>Grupos de imágenes, cercanas entre sí en el espacio de embeddings del modelo, donde el modelo ordena peor. Se buscan en la mitad de los pacientes y cada cifra aquí viene de la otra mitad, así que un corte hallado por azar no muestra diferencia. El AUC de un corte cuenta los pares de un positivo y un negativo de los que al menos uno está en el corte (un corte de positivos: sus positivos frente a todos los negativos); Resto cuenta los demás pares. El intervalo es un intervalo bootstrap del 95 % sobre pacientes y p una prueba de permutación. La descripción da las frases más cercanas al corte en el espacio de texto del modelo, y los atributos y etiquetas más frecuentes en el corte que en el resto (pase el ratón para ver las razones de momios). Elija un corte para ver sus imágenes en la galería y en la dispersión PCA.</translation>
    </message>
    <message>
        <source>No slices: run a model on a dataset with labels.</source>
        <translation>Sin cortes: ejecute un modelo en un conjunto de datos con etiquetas.</translation>
    </message>
    <message>
        <source>Searched on %1 images, measured on %2 held-out images (%3 mixture components on %4 principal components).</source>
        <translation>Buscados en %1 imágenes, medidos en %2 imágenes reservadas (%3 componentes de mezcla sobre %4 componentes principales).</translation>
    </message>
    <message>
        <source>%1: slice %2</source>
        <translation>%1: corte %2</translation>
    </message>
</context>
<context>
    <name>cxrfair::StoreMerge</name>
    <message>
        <source>no embeddings</source>
        <translation>ningún embedding</translation>
    </message>
    <message>
        <source>cannot copy %1 into the merged store</source>
        <translation>no se puede copiar %1 en el almacén fusionado</translation>
    </message>
    <message>
        <source>no store to merge</source>
        <translation>ningún almacén que fusionar</translation>
    </message>
    <message>
        <source>%1 holds %2, but %3 holds %4: stores of different models or preprocessing cannot be merged</source>
        <translation>%1 contiene %2, pero %3 contiene %4: no se pueden fusionar almacenes de modelos o preprocesamientos distintos</translation>
    </message>
    <message>
        <source>%1 was made for %2 (%3 images), but %4 for %5 (%6 images): stores of different datasets or cohort settings cannot be merged</source>
        <translation>%1 se hizo para %2 (%3 imágenes), pero %4 para %5 (%6 imágenes): no se pueden fusionar almacenes de conjuntos de datos o ajustes de cohorte distintos</translation>
    </message>
    <message>
        <source>cannot create the embedding store folder</source>
        <translation>no se puede crear la carpeta del almacén de embeddings</translation>
    </message>
</context>
<context>
    <name>cxrfair::StoreSamples</name>
    <message>
        <source>cannot create the embedding store folder</source>
        <translation>no se puede crear la carpeta del almacén de embeddings</translation>
    </message>
    <message>
        <source>this embedding store holds the dataset %1 (%2), not %3 (%4): use another store folder for it</source>
        <translation>este almacén de embeddings contiene el conjunto de datos %1 (%2), no %3 (%4): use otra carpeta de almacén</translation>
    </message>
    <message>
        <source>not an embedding store (no %1): run cxrfair-cli embed first</source>
        <translation>no es un almacén de embeddings (no hay %1): ejecute primero cxrfair-cli embed</translation>
    </message>
    <message>
        <source>a label must be 0, 1 or empty</source>
        <translation>una etiqueta debe ser 0, 1 o vacía</translation>
    </message>
</context>
<context>
    <name>cxrfair::StoredResults</name>
    <message>
        <source>the stored results are incomplete or damaged</source>
        <translation>los resultados guardados están incompletos o dañados</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>no results are stored</source>
        <translation>no hay resultados guardados</translation>
    </message>
    <message>
        <source>cannot read the stored results: %1</source>
        <translation>no se pueden leer los resultados guardados: %1</translation>
    </message>
    <message>
        <source>not a file of stored results</source>
        <translation>no es un archivo de resultados guardados</translation>
    </message>
    <message>
        <source>stored by another version of cxrfair (format %1, this one reads %2)</source>
        <translation>guardados por otra versión de cxrfair (formato %1, esta lee %2)</translation>
    </message>
    <message>
        <source>the stored results are damaged</source>
        <translation>los resultados guardados están dañados</translation>
    </message>
    <message>
        <source>computed with other settings, prompts, tables or model files</source>
        <translation>calculados con otros ajustes, prompts, tablas o archivos de modelo</translation>
    </message>
    <message>
        <source>the embedding store changed since they were computed</source>
        <translation>el almacén de embeddings cambió desde que se calcularon</translation>
    </message>
</context>
<context>
    <name>cxrfair::StudyPipeline</name>
    <message>
        <source>encoding the images with %1: </source>
        <translation>codificando las imágenes con %1: </translation>
    </message>
    <message>
        <source>Zero-shot scores of %1</source>
        <translation>Puntuaciones zero-shot de %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>Atajo: %1</translation>
    </message>
    <message>
        <source>the study has no cohort and no scores</source>
        <translation>el estudio no tiene cohorte ni puntuaciones</translation>
    </message>
    <message>
        <source>no model to run</source>
        <translation>ningún modelo que ejecutar</translation>
    </message>
</context>
<context>
    <name>cxrfair::SubgroupAucChart</name>
    <message>
        <source>%1, %2
AUC %3 [%4, %5]
n = %6, %7 positive</source>
        <translation>%1, %2
AUC %3 [%4, %5]
n = %6, %7 positivos</translation>
    </message>
    <message>
        <source>
p = %1 against the other groups (Holm)</source>
        <translation>
p = %1 frente a los demás grupos (Holm)</translation>
    </message>
    <message>
        <source>
Too small to judge: %1</source>
        <translation>
Demasiado pequeño para juzgar: %1</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <source>AUC (95% interval)</source>
        <translation>AUC (intervalo del 95 %)</translation>
    </message>
    <message>
        <source>%1: AUC by %2</source>
        <translation>%1: AUC según %2</translation>
    </message>
    <message>
        <source>Subgroup AUC chart</source>
        <translation>Gráfico de AUC por subgrupo</translation>
    </message>
    <message>
        <source>Too few to judge</source>
        <translation>Demasiado pocos para juzgar</translation>
    </message>
    <message>
        <source>
Not enough evidence: a difference to the rest below %1 cannot be told from noise at this size (observed %2), or the interval is too wide</source>
        <translation>
Evidencia insuficiente: con este tamaño, una diferencia con el resto menor que %1 no se distingue del ruido (observada: %2), o el intervalo es demasiado ancho</translation>
    </message>
    <message>
        <source>
Not enough evidence: the interval is too wide</source>
        <translation>
Evidencia insuficiente: el intervalo es demasiado ancho</translation>
    </message>
    <message>
        <source>Not enough evidence</source>
        <translation>Evidencia insuficiente</translation>
    </message>
    <message>
        <source>
After matching on %1</source>
        <translation>
Tras emparejar por %1</translation>
    </message>
    <message>
        <source>
Published (Sourget et al. 2025): %1 [%2, %3]</source>
        <translation>
Publicado (Sourget et al. 2025): %1 [%2, %3]</translation>
    </message>
    <message>
        <source>Published (Sourget et al. 2025)</source>
        <translation>Publicado (Sourget et al. 2025)</translation>
    </message>
    <message>
        <source>%1: AUC by %2, matched on %3</source>
        <translation>%1: AUC por %2, emparejado por %3</translation>
    </message>
</context>
<context>
    <name>cxrfair::SubgroupAucTableModel</name>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>95% low</source>
        <translation>Límite inferior 95 %</translation>
    </message>
    <message>
        <source>95% high</source>
        <translation>Límite superior 95 %</translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translation>p (Holm)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>MDD</source>
        <translation>MDD</translation>
    </message>
    <message>
        <source>The smallest difference to the other groups&apos; AUC that this group&apos;s size can detect (alpha 0.05, power 0.8)</source>
        <translation>La menor diferencia con el AUC de los demás grupos que el tamaño de este grupo puede detectar (alfa 0,05, potencia 0,8)</translation>
    </message>
    <message>
        <source>not enough evidence for a gap</source>
        <translation>evidencia insuficiente para una brecha</translation>
    </message>
</context>
<context>
    <name>cxrfair::SubgroupAucView</name>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupos:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>All Models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <source>Show every model side by side as small multiples (M)</source>
        <translation>Mostrar todos los modelos lado a lado como múltiplos pequeños (M)</translation>
    </message>
    <message>
        <source>Subgroup AUC</source>
        <translation>AUC por subgrupo</translation>
    </message>
    <message>
        <source>Same Scale</source>
        <translation>Misma escala</translation>
    </message>
    <message>
        <source>One AUC axis for every attribute, so that age and sex compare at a glance; off: the axis fits this attribute</source>
        <translation>Un mismo eje de AUC para todos los atributos, para comparar edad y sexo de un vistazo; desactivado: el eje se ajusta a este atributo</translation>
    </message>
    <message>
        <source>The AUC is the chance that the model scores a random image with the condition above a random image without it: 0.5 is guessing, 1 is perfect. Each bar is one group of patients; the dashed line is the AUC on all images. The whiskers are 95% intervals (1000 bootstrap resamples of patients): where two groups&apos; intervals overlap widely, the data cannot tell them apart. A hatched bar has fewer than 10 images with or without the condition: too few to judge, so it is shown but left out of the gaps. A pale bar with a dashed outline has not enough evidence: its interval is wider than 0.2, or its difference to the other groups is smaller than the smallest difference a group of its size could detect (the MDD in its tooltip), so a gap there may be noise. Matched shows each group&apos;s AUC after reweighting its images to the same mix of age (or sex), view and prevalence as the others: if a gap shrinks, those explain it, not the model. White diamonds are the study&apos;s published values (File &gt; Compare with Published Results), with their intervals dotted. p (Holm) tests each group against the others, corrected for the number of groups. Click a bar to see its images.</source>
        <translation>El AUC es la probabilidad de que el modelo puntúe una imagen al azar con la afección por encima de una imagen al azar sin ella: 0,5 es azar, 1 es perfecto. Cada barra es un grupo de pacientes; la línea discontinua es el AUC en todas las imágenes. Los bigotes son intervalos del 95 % (1000 remuestreos bootstrap de pacientes): cuando los intervalos de dos grupos se solapan ampliamente, los datos no permiten distinguirlos. Una barra rayada tiene menos de 10 imágenes con o sin la afección: demasiado pocas para juzgar, así que se muestra pero queda fuera de las brechas. Una barra pálida con contorno discontinuo tiene evidencia insuficiente: su intervalo es más ancho que 0,2, o su diferencia con los demás grupos es menor que la menor diferencia que un grupo de su tamaño podría detectar (la MDD de su información emergente); una brecha ahí puede ser solo ruido. «Emparejados» muestra el AUC de cada grupo tras reponderar sus imágenes a la misma mezcla de edad (o sexo), vista y prevalencia que los demás: si una brecha se reduce, son ellos los que la explican, no el modelo. Los rombos blancos son los valores publicados del estudio (Archivo &gt; Comparar con los resultados publicados), con sus intervalos punteados. p (Holm) compara cada grupo con los demás, corregido por el número de grupos. Haga clic en una barra para ver sus imágenes.</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Emparejados</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Compare the groups as if they had the same ages (or sexes) and views and the same share of images with the condition: each image reweighted, so that a gap that remains is not explained by them (Ctrl+Shift+A)</source>
        <translation>Comparar los grupos como si tuvieran las mismas edades (o sexos) y vistas y la misma proporción de imágenes con la afección: cada imagen reponderada, de modo que una brecha que persista no se explique por ellos (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>cxrfair::SubgroupMetrics</name>
    <message>
        <source>no images</source>
        <translation>ninguna imagen</translation>
    </message>
    <message>
        <source>no positives: the AUC is undefined</source>
        <translation>sin positivos: el AUC no está definido</translation>
    </message>
    <message>
        <source>no negatives: the AUC is undefined</source>
        <translation>sin negativos: el AUC no está definido</translation>
    </message>
    <message>
        <source>%1 positives and %2 negatives: below the minimum of %3 and %4</source>
        <translation>%1 positivos y %2 negativos: por debajo del mínimo de %3 y %4</translation>
    </message>
    <message>
        <source>images whose %1 is not recorded; not a group</source>
        <translation>imágenes cuyo %1 no está registrado; no es un grupo</translation>
    </message>
</context>
<context>
    <name>cxrfair::TableMetrics</name>
    <message>
        <source>Subgroup metrics: %1 (%2 of %3)</source>
        <translation>Métricas por subgrupo: %1 (%2 de %3)</translation>
    </message>
    <message>
        <source>%1: %2 images not scored by every model were left out</source>
        <translation>%1: se excluyeron %2 imágenes no puntuadas por todos los modelos</translation>
    </message>
    <message>
        <source>%1: no validation scores, so no threshold</source>
        <translation>%1: sin puntuaciones de validación, no hay umbral</translation>
    </message>
</context>
<context>
    <name>cxrfair::Tags</name>
    <message>
        <source>a tag file has no &quot;default&quot; prompts: give each tag its positive and negative prompts under &quot;conditions&quot;</source>
        <translation>un archivo de etiquetas no tiene prompts &quot;default&quot;: dé a cada etiqueta sus prompts positivos y negativos bajo &quot;conditions&quot;</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; needs positive and negative prompts</source>
        <translation>la etiqueta &apos;%1&apos; necesita prompts positivos y negativos</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag name (it must not be empty or hold a comma or a colon)</source>
        <translation>&apos;%1&apos; no es un nombre de etiqueta (no debe estar vacío ni contener una coma o dos puntos)</translation>
    </message>
    <message>
        <source>the tag file defines no tag (give them under &quot;conditions&quot;)</source>
        <translation>el archivo de etiquetas no define ninguna etiqueta (delas bajo &quot;conditions&quot;)</translation>
    </message>
</context>
<context>
    <name>cxrfair::ThresholdTableModel</name>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>TPR</source>
        <translation>TVP</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>TFP</translation>
    </message>
    <message>
        <source>FNR</source>
        <translation>TFN</translation>
    </message>
    <message>
        <source>Underdiagnosis</source>
        <translation>Infradiagnóstico</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <source>Share of images with the finding that this threshold calls negative (for No Finding: images with a finding called &quot;no finding&quot;)</source>
        <translation>Proporción de imágenes con el hallazgo que este umbral declara negativas (para No Finding: imágenes con un hallazgo declaradas «sin hallazgos»)</translation>
    </message>
    <message>
        <source>TP %1, FP %2, TN %3, FN %4</source>
        <translation>VP %1, FP %2, VN %3, FN %4</translation>
    </message>
</context>
<context>
    <name>cxrfair::Thresholds</name>
    <message>
        <source>&apos;%1&apos; is not a threshold rule: youden, f1, sens:0.9, spec:0.9 or value:0.5</source>
        <translation>&apos;%1&apos; no es una regla de umbral: youden, f1, sens:0.9, spec:0.9 o value:0.5</translation>
    </message>
</context>
<context>
    <name>cxrfair::WordPieceTokenizer</name>
    <message>
        <source>the context length must be at least 2 ([CLS] and [SEP])</source>
        <translation>la longitud de contexto debe ser al menos 2 ([CLS] y [SEP])</translation>
    </message>
    <message>
        <source>the WordPiece vocabulary lacks the token %1</source>
        <translation>al vocabulario WordPiece le falta el token %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::ZeroShot</name>
    <message>
        <source>an empty prompt set</source>
        <translation>un conjunto de prompts vacío</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::AuditCommand</name>
    <message>
        <source>The output folder (created): results, figures, report and manifest.</source>
        <translation>La carpeta de salida (se crea): resultados, figuras, informe y manifiesto.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>A built-in audit instead of CONFIG.json: %1 (the study&apos;s protocol).</source>
        <translation>Una auditoría integrada en lugar de CONFIG.json: %1 (el protocolo del estudio).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>With --preset: the MIMIC-CXR folder.</source>
        <translation>Con --preset: la carpeta de MIMIC-CXR.</translation>
    </message>
    <message>
        <source>With --preset: the MIMIC-IV folder (default: hosp/ under the MIMIC folder).</source>
        <translation>Con --preset: la carpeta de MIMIC-IV (por defecto: hosp/ bajo la carpeta de MIMIC).</translation>
    </message>
    <message>
        <source>With --preset: the NIH ChestX-ray14 folder.</source>
        <translation>Con --preset: la carpeta de NIH ChestX-ray14.</translation>
    </message>
    <message>
        <source>With --preset: the NEATX drain table (default: found under the NIH folder).</source>
        <translation>Con --preset: la tabla de drenajes NEATX (por defecto: buscada bajo la carpeta de NIH).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>With --preset: a model bundle (repeat for several).</source>
        <translation>Con --preset: un paquete de modelo (repítalo para varios).</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>PAQUETE</translation>
    </message>
    <message>
        <source>Override the configuration&apos;s random seed.</source>
        <translation>Sustituir la semilla aleatoria de la configuración.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Override the configuration&apos;s bootstrap resamples.</source>
        <translation>Sustituir los remuestreos bootstrap de la configuración.</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores; the results do not depend on it).</source>
        <translation>Hilos de trabajo (por defecto: todos los núcleos; los resultados no dependen de ello).</translation>
    </message>
    <message>
        <source>Write no figures and no PDF (tables only).</source>
        <translation>No escribir figuras ni PDF (solo tablas).</translation>
    </message>
    <message>
        <source>The audit configuration (a cxrfair project file).</source>
        <translation>La configuración de la auditoría (un archivo de proyecto de cxrfair).</translation>
    </message>
    <message>
        <source>Run an audit end to end: embeddings (through the store, so reruns are instant), zero-shot scores, subgroup metrics, intersections, thresholds, calibration, the drain shortcut, PCA and probes; then tidy CSV and JSON results, figures (PNG, SVG, PDF), a LaTeX table, an HTML and PDF report with a methods paragraph, and a manifest of input hashes.</source>
        <translation>Ejecutar una auditoría de principio a fin: embeddings (a través del almacén, así que las repeticiones son instantáneas), puntuaciones zero-shot, métricas por subgrupo, intersecciones, umbrales, calibración, el atajo de los drenajes, PCA y sondas; después resultados ordenados en CSV y JSON, figuras (PNG, SVG, PDF), una tabla LaTeX, un informe HTML y PDF con un párrafo de métodos y un manifiesto de hashes de las entradas.</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>se requiere --out CARPETA</translation>
    </message>
    <message>
        <source>give either one CONFIG.json or --preset NAME</source>
        <translation>indique o bien un CONFIG.json o bien --preset NOMBRE</translation>
    </message>
    <message>
        <source>--seed and --bootstrap take non-negative whole numbers</source>
        <translation>--seed y --bootstrap admiten números enteros no negativos</translation>
    </message>
    <message>
        <source>--threads takes a non-negative whole number</source>
        <translation>--threads admite un número entero no negativo</translation>
    </message>
    <message>
        <source>cxrfair-cli: error: %1</source>
        <translation>cxrfair-cli: error: %1</translation>
    </message>
    <message>
        <source>Audit written to %1 (%2 files); report: %3</source>
        <translation>Auditoría escrita en %1 (%2 archivos); informe: %3</translation>
    </message>
    <message numerus="yes">
        <source>cxrfair-cli: the audit is incomplete (%n problem(s)); what finished is kept</source>
        <translation>
            <numerusform>cxrfair-cli: la auditoría está incompleta (%n problema); lo terminado se conserva</numerusform>
            <numerusform>cxrfair-cli: la auditoría está incompleta (%n problemas); lo terminado se conserva</numerusform>
        </translation>
    </message>
    <message>
        <source>The study&apos;s repository (the folder that holds data/performance/): a reproduction table per dataset and in the report.</source>
        <translation>El repositorio del estudio (la carpeta que contiene data/performance/): una tabla de reproducción por conjunto de datos y en el informe.</translation>
    </message>
    <message>
        <source>With --published: which published model each model reproduces, e.g. chexzero=&quot;My CheXzero&quot;.</source>
        <translation>Con --published: qué modelo publicado reproduce cada modelo, por ejemplo chexzero=&quot;Mi CheXzero&quot;.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>--published-map goes with --published DIR</source>
        <translation>--published-map va con --published CARPETA</translation>
    </message>
    <message>
        <source>--published: no folder %1</source>
        <translation>--published: no existe la carpeta %1</translation>
    </message>
    <message>
        <source>--published-map: %1</source>
        <translation>--published-map: %1</translation>
    </message>
    <message>
        <source>Write each stage&apos;s wall time and peak memory to this CSV (stage, seconds, peak_rss_mib); it is not part of the results.</source>
        <translation>Escribir la duración y la memoria máxima de cada etapa en este CSV (stage, seconds, peak_rss_mib); no forma parte de los resultados.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>ARCHIVO.csv</translation>
    </message>
    <message>
        <source>--timings: cannot write %1 (no such folder, or a folder)</source>
        <translation>--timings: no se puede escribir %1 (la carpeta no existe, o es una carpeta)</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::CohortOptions</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>Dataset layout: nih, mimic, chexpert, csv, or auto (default: detect).</source>
        <translation>Estructura del conjunto de datos: nih, mimic, chexpert, csv o auto (por defecto: detectada).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>The dataset&apos;s folder.</source>
        <translation>La carpeta del conjunto de datos.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>MIMIC: the MIMIC-IV folder (default: hosp/ under the root).</source>
        <translation>MIMIC: la carpeta de MIMIC-IV (por defecto: hosp/ bajo la raíz).</translation>
    </message>
    <message>
        <source>MIMIC: chexpert (default) or negbio labels.</source>
        <translation>MIMIC: etiquetas chexpert (por defecto) o negbio.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>NIH: the NEATX drain table (default: found under the root).</source>
        <translation>NIH: la tabla de drenajes NEATX (por defecto: buscada bajo la raíz).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>CheXpert: the demographics table saved as CSV.</source>
        <translation>CheXpert: la tabla demográfica guardada como CSV.</translation>
    </message>
    <message>
        <source>Generic CSV: the column mapping (JSON).</source>
        <translation>CSV genérico: la correspondencia de columnas (JSON).</translation>
    </message>
    <message>
        <source>Keep only these splits, comma-separated (default: all).</source>
        <translation>Conservar solo estas particiones, separadas por comas (por defecto: todas).</translation>
    </message>
    <message>
        <source>Keep only these views, comma-separated, or &apos;all&apos; (default: PA,AP).</source>
        <translation>Conservar solo estas vistas, separadas por comas, o &apos;all&apos; (por defecto: PA,AP).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>Uncertain labels count as: drop (unknown, default), negative, positive.</source>
        <translation>Las etiquetas inciertas cuentan como: drop (desconocidas, por defecto), negative, positive.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLÍTICA</translation>
    </message>
    <message>
        <source>Blank labels count as: negative (default, as in the study), drop, positive.</source>
        <translation>Las etiquetas vacías cuentan como: negative (por defecto, como en el estudio), drop, positive.</translation>
    </message>
    <message>
        <source>Age bin edges (default 18,25,50,65,80).</source>
        <translation>Límites de los grupos de edad (por defecto 18,25,50,65,80).</translation>
    </message>
    <message>
        <source>EDGES</source>
        <translation>LÍMITES</translation>
    </message>
    <message>
        <source>Race mapping rules (JSON: [{&quot;prefix&quot;: ..., &quot;group&quot;: ...}]).</source>
        <translation>Reglas de correspondencia de razas (JSON: [{&quot;prefix&quot;: ..., &quot;group&quot;: ...}]).</translation>
    </message>
    <message>
        <source>Names of the two sex groups, female first (default Female,Male).</source>
        <translation>Nombres de los dos grupos de sexo, femenino primero (por defecto Female,Male).</translation>
    </message>
    <message>
        <source>F,M</source>
        <translation>F,M</translation>
    </message>
    <message>
        <source>Attribute intersections to count, e.g. sex:age,sex:race.</source>
        <translation>Intersecciones de atributos a contar, p. ej. sex:age,sex:race.</translation>
    </message>
    <message>
        <source>Do not check that image files exist.</source>
        <translation>No comprobar que existen los archivos de imagen.</translation>
    </message>
    <message>
        <source>--root DIR is required</source>
        <translation>se requiere --root CARPETA</translation>
    </message>
    <message>
        <source>%1: cannot tell the dataset layout; give --format nih|mimic|chexpert|csv</source>
        <translation>%1: no se puede determinar la estructura del conjunto de datos; indique --format nih|mimic|chexpert|csv</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (nih, mimic, chexpert, csv or auto)</source>
        <translation>--format desconocido &apos;%1&apos; (nih, mimic, chexpert, csv o auto)</translation>
    </message>
    <message>
        <source>--uncertain and --blank take drop, negative or positive</source>
        <translation>--uncertain y --blank admiten drop, negative o positive</translation>
    </message>
    <message>
        <source>--age-bins: %1</source>
        <translation>--age-bins: %1</translation>
    </message>
    <message>
        <source>--sex-names takes two names, female first, e.g. Female,Male</source>
        <translation>--sex-names admite dos nombres, femenino primero, p. ej. Female,Male</translation>
    </message>
    <message>
        <source>--intersections: &apos;%1&apos; needs two attributes, e.g. sex:age</source>
        <translation>--intersections: &apos;%1&apos; necesita dos atributos, p. ej. sex:age</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>--intersections: %1</source>
        <translation>--intersections: %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::Common</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>, quedan %1 s</translation>
    </message>
    <message>
        <source>cpu, cuda or auto (default: cuda when available).</source>
        <translation>cpu, cuda o auto (por defecto: cuda si está disponible).</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <source>--device takes cpu, cuda or auto, not &apos;%1&apos;</source>
        <translation>--device admite cpu, cuda o auto, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: the embedding store is damaged: %1</source>
        <translation>aviso: el almacén de embeddings está dañado: %1</translation>
    </message>
    <message numerus="yes">
        <source>about %n damaged or incomplete record(s) of the store were skipped; those of this run&apos;s part were cut out and their images encoded again</source>
        <translation>
            <numerusform>se omitió alrededor de %n registro dañado o incompleto del almacén; los de la parte de esta ejecución se eliminaron y sus imágenes se codificaron de nuevo</numerusform>
            <numerusform>se omitieron alrededor de %n registros dañados o incompletos del almacén; los de la parte de esta ejecución se eliminaron y sus imágenes se codificaron de nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n stored embedding(s) lost, their images left out; run embed again to encode them</source>
        <translation>
            <numerusform>alrededor de %n embedding almacenado perdido, sus imágenes se omiten; ejecute embed de nuevo para codificarlas</numerusform>
            <numerusform>alrededor de %n embeddings almacenados perdidos, sus imágenes se omiten; ejecute embed de nuevo para codificarlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n embedding(s) lost and not exported; run embed again to encode their images</source>
        <translation>
            <numerusform>alrededor de %n embedding perdido y no exportado; ejecute embed de nuevo para codificar sus imágenes</numerusform>
            <numerusform>alrededor de %n embeddings perdidos y no exportados; ejecute embed de nuevo para codificar sus imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU threads for the encoder (default: one per core).</source>
        <translation>Hilos de CPU para el codificador (por defecto: uno por núcleo).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--threads takes a non-negative whole number</source>
        <translation>--threads toma un número entero no negativo</translation>
    </message>
    <message>
        <source>The embedding store (from cxrfair-cli embed).</source>
        <translation>El almacén de embeddings (de cxrfair-cli embed).</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>ALMACÉN</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>PAQUETE</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of at least %2 (not &apos;%3&apos;)</source>
        <translation>--%1 requiere un número entero de al menos %2 (no «%3»)</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3 (not &apos;%4&apos;)</source>
        <translation>--%1 toma un número entero de %2 a %3 (no &apos;%4&apos;)</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::CompareCommand</name>
    <message>
        <source>The study repository&apos;s root: the folder that holds data/performance/.</source>
        <translation>La raíz del repositorio del estudio: la carpeta que contiene data/performance/.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>A metrics table written by &apos;cxrfair-cli metrics&apos;.</source>
        <translation>Una tabla de métricas escrita por &apos;cxrfair-cli metrics&apos;.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>ARCHIVO.csv</translation>
    </message>
    <message>
        <source>The comparison to write (CSV).</source>
        <translation>La comparación que escribir (CSV).</translation>
    </message>
    <message>
        <source>Which published tables: mimic (subgroups, the default) or cxr14 (chest drains).</source>
        <translation>Qué tablas publicadas: mimic (subgrupos, por defecto) o cxr14 (drenajes torácicos).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Published model names for metrics models whose names differ, e.g. chexzero=&quot;CheXzero (fine-tuned)&quot;,biovil=BV.</source>
        <translation>Nombres de los modelos publicados para los modelos de las métricas cuyos nombres difieren, por ejemplo chexzero=&quot;CheXzero (ajustado)&quot;,biovil=BV.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>Puts a metrics table next to the study&apos;s published tables (Sourget et al., FAIMI 2025): one row per published row it matches, with both AUCs and intervals, their difference and whether the intervals overlap.</source>
        <translation>Pone una tabla de métricas junto a las tablas publicadas del estudio (Sourget et al., FAIMI 2025): una fila por cada fila publicada que encuentra, con ambos AUC e intervalos, su diferencia y si los intervalos se solapan.</translation>
    </message>
    <message>
        <source>--published DIR, --metrics FILE.csv and --out FILE.csv are required</source>
        <translation>se requieren --published CARPETA, --metrics ARCHIVO.csv y --out ARCHIVO.csv</translation>
    </message>
    <message>
        <source>--dataset takes mimic or cxr14, not &apos;%1&apos;</source>
        <translation>--dataset admite mimic o cxr14, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--map: %1</source>
        <translation>--map: %1</translation>
    </message>
    <message>
        <source>--map: no published table for %1</source>
        <translation>--map: no hay tabla publicada para %1</translation>
    </message>
    <message>
        <source>no published row matches a row of %1 (its models: %2; the published models: %3): name them with --map PUBLISHED=METRICS</source>
        <translation>ninguna fila publicada corresponde a una fila de %1 (sus modelos: %2; los modelos publicados: %3): nómbrelos con --map PUBLICADO=MÉTRICAS</translation>
    </message>
    <message>
        <source>%1 of %2 published rows matched (%3), %4 with overlapping intervals
</source>
        <translation>%1 de %2 filas publicadas encontradas (%3), %4 con intervalos solapados
</translation>
    </message>
    <message>
        <source>%1: the table has no rows</source>
        <translation>%1: la tabla no tiene filas</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::DatasetCommand</name>
    <message>
        <source>Dataset   %1 (%2)</source>
        <translation>Conjunto  %1 (%2)</translation>
    </message>
    <message>
        <source>Root      %1</source>
        <translation>Raíz      %1</translation>
    </message>
    <message>
        <source>Images    %1 in the cohort, from %2 patients</source>
        <translation>Imágenes  %1 en la cohorte, de %2 pacientes</translation>
    </message>
    <message>
        <source>Left out  %1 missing images, %2 invalid rows, %3 outside the split, %4 outside the views, %5 without labels</source>
        <translation>Excluidas %1 imágenes ausentes, %2 filas no válidas, %3 fuera de la partición, %4 fuera de las vistas, %5 sin etiquetas</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(falta)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problemas: %1</translation>
    </message>
    <message>
        <source>  ... and %1 more (--problems N shows more, --json lists them)</source>
        <translation>  ... y %1 más (--problems N muestra más, --json los lista)</translation>
    </message>
    <message>
        <source>Settings  splits: %1; views: %2; uncertain labels: %3; blank labels: %4; age bins: %5</source>
        <translation>Ajustes   particiones: %1; vistas: %2; etiquetas inciertas: %3; etiquetas vacías: %4; grupos de edad: %5</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Print one JSON object instead of tables.</source>
        <translation>Imprimir un objeto JSON en lugar de tablas.</translation>
    </message>
    <message>
        <source>Problems to print in tables (default 20).</source>
        <translation>Problemas a mostrar en las tablas (por defecto 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Read a chest X-ray dataset in its published layout and summarise the cohort: images, patients, labels per condition, groups per attribute, and every problem found.</source>
        <translation>Leer un conjunto de datos de radiografías de tórax en su estructura publicada y resumir la cohorte: imágenes, pacientes, etiquetas por afección, grupos por atributo y cada problema encontrado.</translation>
    </message>
    <message>
        <source>--problems takes a non-negative whole number</source>
        <translation>--problems admite un número entero no negativo</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::DemoCommand</name>
    <message>
        <source>Folder to write the demo into (created if needed).</source>
        <translation>Carpeta donde escribir la demo (se crea si hace falta).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>Random seed (default 2025).</source>
        <translation>Semilla aleatoria (por defecto 2025).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Images in the NIH-CXR14 tree (default 1600).</source>
        <translation>Imágenes del árbol NIH-CXR14 (por defecto 1600).</translation>
    </message>
    <message>
        <source>Images in the MIMIC-CXR tree (default 1600).</source>
        <translation>Imágenes del árbol MIMIC-CXR (por defecto 1600).</translation>
    </message>
    <message>
        <source>PIXELS</source>
        <translation>PÍXELES</translation>
    </message>
    <message>
        <source>Rendering threads (default: all cores; the output does not depend on it).</source>
        <translation>Hilos de renderizado (por defecto: todos los núcleos; el resultado no depende de ello).</translation>
    </message>
    <message>
        <source>Regenerate even if the folder holds this demo.</source>
        <translation>Regenerar aunque la carpeta contenga esta demo.</translation>
    </message>
    <message>
        <source>Generate the demo datasets: synthetic chest radiographs with the study&apos;s six findings and chest drains, written as an NIH-CXR14 tree (PNG) and a MIMIC-CXR tree (DICOM, MIMIC-IV tables).
The same options always give the same files.</source>
        <translation>Generar los conjuntos de datos de demo: radiografías de tórax sintéticas con los seis hallazgos del estudio y drenajes torácicos, escritas como un árbol NIH-CXR14 (PNG) y un árbol MIMIC-CXR (DICOM, tablas MIMIC-IV).
Las mismas opciones dan siempre los mismos archivos.</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>se requiere --out CARPETA</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Renderizando</translation>
    </message>
    <message>
        <source>The demo in %1 is up to date (seed %2).</source>
        <translation>La demo en %1 está al día (semilla %2).</translation>
    </message>
    <message>
        <source>Demo written to %1 in %2 s (seed %3).</source>
        <translation>Demo escrita en %1 en %2 s (semilla %3).</translation>
    </message>
    <message>
        <source>  NIH-CXR14 layout:  %1  (%2 images)</source>
        <translation>  Estructura NIH-CXR14:  %1  (%2 imágenes)</translation>
    </message>
    <message>
        <source>  MIMIC-CXR layout:  %1  (%2 images)</source>
        <translation>  Estructura MIMIC-CXR:  %1  (%2 imágenes)</translation>
    </message>
    <message>
        <source>  Demo model:        %1</source>
        <translation>  Modelo de demo:        %1</translation>
    </message>
    <message>
        <source>Full-dataset scale: only a MIMIC-CXR tree of N images with MIMIC-CXR&apos;s own proportions of patients, studies and images, small images (default 32 pixels), and a demo model whose encoder reads them at their own size, so that embedding hundreds of thousands of images takes minutes.</source>
        <translation>Escala de un conjunto de datos completo: solo un árbol MIMIC-CXR de N imágenes, con las proporciones de pacientes, estudios e imágenes de MIMIC-CXR, imágenes pequeñas (32 píxeles por defecto) y un modelo de demo cuyo codificador las lee a su tamaño, para que codificar cientos de miles de imágenes lleve minutos.</translation>
    </message>
    <message>
        <source>With --images: the demo model&apos;s embedding dimension (default 512, as the study&apos;s models; at least 24).</source>
        <translation>Con --images: la dimensión de los embeddings del modelo de demo (512 por defecto, como los modelos del estudio; al menos 24).</translation>
    </message>
    <message>
        <source>Image width and height in pixels (default 256; 32 with --images).</source>
        <translation>Ancho y alto de las imágenes en píxeles (256 por defecto; 32 con --images).</translation>
    </message>
    <message>
        <source>--images makes a MIMIC-CXR tree alone: it cannot be combined with --nih or --mimic</source>
        <translation>--images crea solo un árbol MIMIC-CXR: no se combina con --nih ni con --mimic</translation>
    </message>
    <message>
        <source>with --images, --size must be a multiple of 8 (the model reads the images at their own size)</source>
        <translation>con --images, --size debe ser un múltiplo de 8 (el modelo lee las imágenes a su tamaño)</translation>
    </message>
    <message>
        <source>--dimension is for --images (the demo model is 24-dimensional)</source>
        <translation>--dimension es para --images (el modelo de demo tiene 24 dimensiones)</translation>
    </message>
    <message>
        <source>--seed, --nih, --mimic, --images, --dimension, --size and --threads take non-negative whole numbers</source>
        <translation>--seed, --nih, --mimic, --images, --dimension, --size y --threads toman números enteros no negativos</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::DiscoveryCommands</name>
    <message>
        <source>--%1 takes a share between 0 and 1 (not &apos;%2&apos;)</source>
        <translation>--%1 toma una proporción entre 0 y 1 (no &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>the terms file has no term (one per line)</source>
        <translation>el archivo de términos no tiene ningún término (uno por línea)</translation>
    </message>
    <message>
        <source>an empty sample_id</source>
        <translation>un sample_id vacío</translation>
    </message>
    <message>
        <source>the sample_id &apos;%1&apos; is repeated</source>
        <translation>el sample_id &apos;%1&apos; está repetido</translation>
    </message>
    <message>
        <source>%1 rows of keys for %2 rows of embeddings in %3: they must align</source>
        <translation>%1 filas de claves para %2 filas de embeddings en %3: deben alinearse</translation>
    </message>
    <message>
        <source>%1 images (%2 positive): AUC %3 against %4, difference %5 [%6, %7], p %8; %9</source>
        <translation>%1 imágenes (%2 positivas): AUC %3 frente a %4, diferencia %5 [%6, %7], p %8; %9</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>ALMACÉN</translation>
    </message>
    <message>
        <source>The model bundle whose embeddings to tag.</source>
        <translation>El paquete de modelo cuyos embeddings etiquetar.</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>PAQUETE</translation>
    </message>
    <message>
        <source>The table to write: sample_id, then one score per tag.</source>
        <translation>La tabla a escribir: sample_id, luego una puntuación por etiqueta.</translation>
    </message>
    <message>
        <source>tags.csv</source>
        <translation>tags.csv</translation>
    </message>
    <message>
        <source>More tags, in the prompt JSON format (a tag named as a built-in one replaces it).</source>
        <translation>Más etiquetas, en el formato JSON de prompts (una etiqueta con el nombre de una integrada la reemplaza).</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>ARCHIVO.json</translation>
    </message>
    <message>
        <source>Write each tag&apos;s AUC against the dataset&apos;s annotation of the same thing (NEATX drains), with its bootstrap interval.</source>
        <translation>Escribir el AUC de cada etiqueta frente a la anotación de lo mismo en el conjunto de datos (drenajes NEATX), con su intervalo bootstrap.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>ARCHIVO.csv</translation>
    </message>
    <message>
        <source>Print the built-in tags as a JSON file to start one&apos;s own from, and stop.</source>
        <translation>Imprimir las etiquetas integradas como un archivo JSON del que partir, y parar.</translation>
    </message>
    <message>
        <source>Seed of the bootstrap (default 2025).</source>
        <translation>Semilla del bootstrap (por defecto 2025).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Zero-shot tags for what images show that is not a finding (devices, the acquisition), scored from the stored image embeddings: no image is encoded.</source>
        <translation>Etiquetas zero-shot para lo que las imágenes muestran y no es un hallazgo (dispositivos, la adquisición), puntuadas a partir de los embeddings de imagen almacenados: no se codifica ninguna imagen.</translation>
    </message>
    <message>
        <source>--store STORE, --model BUNDLE and --out FILE are required</source>
        <translation>--store ALMACÉN, --model PAQUETE y --out ARCHIVO son obligatorios</translation>
    </message>
    <message>
        <source>Wrote %1 tags of %2 images to %3.</source>
        <translation>Se escribieron %1 etiquetas de %2 imágenes en %3.</translation>
    </message>
    <message>
        <source>%1 against the annotation &apos;%2&apos;: AUC %3 [%4, %5] on %6 annotated images (%7 with it).</source>
        <translation>%1 frente a la anotación &apos;%2&apos;: AUC %3 [%4, %5] en %6 imágenes anotadas (%7 con ella).</translation>
    </message>
    <message>
        <source>Image embeddings (.npy) as cxrfair-cli embeddings export writes them.</source>
        <translation>Embeddings de imagen (.npy) tal como los escribe cxrfair-cli embeddings export.</translation>
    </message>
    <message>
        <source>X.npy</source>
        <translation>X.npy</translation>
    </message>
    <message>
        <source>The keys aligned with X.npy (a sample_id column).</source>
        <translation>Las claves alineadas con X.npy (una columna sample_id).</translation>
    </message>
    <message>
        <source>K.csv</source>
        <translation>K.csv</translation>
    </message>
    <message>
        <source>Scores as cxrfair-cli score writes them (attributes from its extra columns).</source>
        <translation>Puntuaciones tal como las escribe cxrfair-cli score (atributos de sus columnas adicionales).</translation>
    </message>
    <message>
        <source>S.csv</source>
        <translation>S.csv</translation>
    </message>
    <message>
        <source>Instead of the three files: the embedding store and --model.</source>
        <translation>En lugar de los tres archivos: el almacén de embeddings y --model.</translation>
    </message>
    <message>
        <source>The model bundle (with --store).</source>
        <translation>El paquete de modelo (con --store).</translation>
    </message>
    <message>
        <source>With --store: the prompts to score with (a preset or a JSON file; default faimi2025).</source>
        <translation>Con --store: los prompts con los que puntuar (un preajuste o un archivo JSON; por defecto faimi2025).</translation>
    </message>
    <message>
        <source>PRESET|FILE</source>
        <translation>PREAJUSTE|ARCHIVO</translation>
    </message>
    <message>
        <source>With --store: more tags (prompt JSON format) for the enrichment; the built-in ones are always scored.</source>
        <translation>Con --store: más etiquetas (formato JSON de prompts) para el enriquecimiento; las integradas siempre se puntúan.</translation>
    </message>
    <message>
        <source>With --store: each tag is given to this share of the images (default 0.1).</source>
        <translation>Con --store: cada etiqueta se asigna a esta proporción de las imágenes (por defecto 0,1).</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>PROPORCIÓN</translation>
    </message>
    <message>
        <source>The condition whose errors to slice.</source>
        <translation>La condición cuyos errores cortar.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The slices to write, worst first.</source>
        <translation>Los cortes a escribir, el peor primero.</translation>
    </message>
    <message>
        <source>slices.csv</source>
        <translation>slices.csv</translation>
    </message>
    <message>
        <source>Write every labelled image&apos;s slice (-1: none) and half.</source>
        <translation>Escribir el corte (-1: ninguno) y la mitad de cada imagen etiquetada.</translation>
    </message>
    <message>
        <source>M.csv</source>
        <translation>M.csv</translation>
    </message>
    <message>
        <source>How many slices (default 5).</source>
        <translation>Cuántos cortes (por defecto 5).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Seed of the halves, the mixture and the bootstrap (default 2025).</source>
        <translation>Semilla de las mitades, la mezcla y el bootstrap (por defecto 2025).</translation>
    </message>
    <message>
        <source>Bootstrap resamples (default 1000).</source>
        <translation>Remuestreos bootstrap (por defecto 1000).</translation>
    </message>
    <message>
        <source>Text embeddings of the terms (.npy, one row per line of --terms).</source>
        <translation>Embeddings de texto de los términos (.npy, una fila por línea de --terms).</translation>
    </message>
    <message>
        <source>T.npy</source>
        <translation>T.npy</translation>
    </message>
    <message>
        <source>Phrases that describe slices, one per line (with --store, encoded by the model; default: built-in radiology phrases).</source>
        <translation>Frases que describen los cortes, una por línea (con --store, codificadas por el modelo; por defecto: frases de radiología integradas).</translation>
    </message>
    <message>
        <source>terms.txt</source>
        <translation>terms.txt</translation>
    </message>
    <message>
        <source>Finds the groups of images, close in embedding space, where a model does worst on one condition: searched on half of the patients, every figure reported on the other half.</source>
        <translation>Encuentra los grupos de imágenes, cercanas en el espacio de embeddings, donde un modelo rinde peor en una condición: buscados en la mitad de los pacientes, cada cifra dada en la otra mitad.</translation>
    </message>
    <message>
        <source>give --embeddings X.npy --keys K.csv --scores S.csv, or --store STORE --model BUNDLE; and --condition NAME and --out FILE</source>
        <translation>dé --embeddings X.npy --keys K.csv --scores S.csv, o --store ALMACÉN --model PAQUETE; y --condition NOMBRE y --out ARCHIVO</translation>
    </message>
    <message>
        <source>--store and --model go together</source>
        <translation>--store y --model van juntos</translation>
    </message>
    <message>
        <source>--embeddings, --keys and --scores go together</source>
        <translation>--embeddings, --keys y --scores van juntos</translation>
    </message>
    <message>
        <source>--text-embeddings needs --terms (one term per row)</source>
        <translation>--text-embeddings necesita --terms (un término por fila)</translation>
    </message>
    <message>
        <source>--prompts, --tags and --tag-prevalence go with --store</source>
        <translation>--prompts, --tags y --tag-prevalence van con --store</translation>
    </message>
    <message>
        <source>the scores hold %1 models (%2): give one model&apos;s</source>
        <translation>las puntuaciones contienen %1 modelos (%2): dé las de un solo modelo</translation>
    </message>
    <message>
        <source>warning: %1 labelled images of %2 have no embedding and are left out</source>
        <translation>aviso: %1 imágenes etiquetadas de %2 no tienen embedding y se dejan fuera</translation>
    </message>
    <message>
        <source>%1 rows of text embeddings for %2 terms in %3</source>
        <translation>%1 filas de embeddings de texto para %2 términos en %3</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Cortes</translation>
    </message>
    <message>
        <source>%1 slices of %2 (%3 mixture components on %4 principal components; %5 images searched, %6 held out):</source>
        <translation>%1 cortes de %2 (%3 componentes de mezcla sobre %4 componentes principales; %5 imágenes buscadas, %6 reservadas):</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::EmbeddingCommands</name>
    <message>
        <source>Image embeddings (float32 .npy, one row per image).</source>
        <translation>Embeddings de imágenes (.npy float32, una fila por imagen).</translation>
    </message>
    <message>
        <source>X.npy</source>
        <translation>X.npy</translation>
    </message>
    <message>
        <source>A CSV whose rows align with the embeddings, with patient_id and the target.</source>
        <translation>Un CSV cuyas filas se alinean con los embeddings, con patient_id y el objetivo.</translation>
    </message>
    <message>
        <source>T.csv</source>
        <translation>T.csv</translation>
    </message>
    <message>
        <source>The column to predict (sex, race, age, a label).</source>
        <translation>La columna a predecir (sex, race, age, una etiqueta).</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLUMNA</translation>
    </message>
    <message>
        <source>logistic (default) or knn.</source>
        <translation>logistic (por defecto) o knn.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Patient-grouped cross-validation folds (default 5); 0: the study&apos;s 80/20 split with C chosen on a validation part.</source>
        <translation>Particiones de validación cruzada agrupadas por paciente (por defecto 5); 0: la partición 80/20 del estudio con C elegido en una parte de validación.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 2025).</source>
        <translation>Semilla aleatoria (por defecto 2025).</translation>
    </message>
    <message>
        <source>Inverse regularisation strength (default 1).</source>
        <translation>Inversa de la fuerza de regularización (por defecto 1).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>k for k-NN (default 15).</source>
        <translation>k de los k vecinos más próximos (por defecto 15).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Bootstrap resamples for the intervals (default 1000).</source>
        <translation>Remuestreos bootstrap para los intervalos (por defecto 1000).</translation>
    </message>
    <message>
        <source>Bin edges when the target is a numeric age.</source>
        <translation>Límites de las clases cuando el objetivo es una edad numérica.</translation>
    </message>
    <message>
        <source>EDGES</source>
        <translation>LÍMITES</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>How well an attribute can be predicted from image embeddings: a patient-grouped probe with macro one-vs-rest AUC and accuracy.</source>
        <translation>Hasta qué punto se predice un atributo a partir de los embeddings de imágenes: una sonda agrupada por paciente, con AUC macro uno-contra-todos y exactitud.</translation>
    </message>
    <message>
        <source>--embeddings, --table and --target are required</source>
        <translation>se requieren --embeddings, --table y --target</translation>
    </message>
    <message>
        <source>--classifier takes logistic or knn</source>
        <translation>--classifier admite logistic o knn</translation>
    </message>
    <message>
        <source>--age-bins: %1</source>
        <translation>--age-bins: %1</translation>
    </message>
    <message>
        <source>%1 has %2 rows but %3 has %4: they must align</source>
        <translation>%1 tiene %2 filas pero %3 tiene %4: deben estar alineados</translation>
    </message>
    <message>
        <source>Target     %1 (%2 classes, %3 images evaluated)</source>
        <translation>Objetivo   %1 (%2 clases, %3 imágenes evaluadas)</translation>
    </message>
    <message>
        <source>Method     %1</source>
        <translation>Método     %1</translation>
    </message>
    <message>
        <source>Macro AUC  %1 [%2, %3]   (chance 0.5)</source>
        <translation>AUC macro  %1 [%2, %3]   (azar 0.5)</translation>
    </message>
    <message>
        <source>Accuracy   %1 [%2, %3]   (chance %4)</source>
        <translation>Exactitud  %1 [%2, %3]   (azar %4)</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <source>warning: a logistic fit did not converge</source>
        <translation>aviso: un ajuste logístico no convergió</translation>
    </message>
    <message>
        <source>Image embeddings (.npy).</source>
        <translation>Embeddings de imágenes (.npy).</translation>
    </message>
    <message>
        <source>The projection to write: row,pc1,pc2,...</source>
        <translation>La proyección a escribir: row,pc1,pc2,...</translation>
    </message>
    <message>
        <source>P.csv</source>
        <translation>P.csv</translation>
    </message>
    <message>
        <source>Number of components (default 2).</source>
        <translation>Número de componentes (por defecto 2).</translation>
    </message>
    <message>
        <source>Principal components of image embeddings (centred, unscaled).</source>
        <translation>Componentes principales de los embeddings de imágenes (centradas, sin escalar).</translation>
    </message>
    <message>
        <source>--embeddings and --out are required</source>
        <translation>se requieren --embeddings y --out</translation>
    </message>
    <message>
        <source>--components takes a positive whole number</source>
        <translation>--components admite un número entero positivo</translation>
    </message>
    <message>
        <source>Explained variance ratio:</source>
        <translation>Proporción de varianza explicada:</translation>
    </message>
    <message>
        <source>At most this many images train the probe, whole patients drawn with the seed (default 50000; 0: all). The test images are never sampled.</source>
        <translation>Como máximo este número de imágenes entrena la sonda, por pacientes enteros sorteados con la semilla (50000 por defecto; 0: todas). Las imágenes de prueba nunca se muestrean.</translation>
    </message>
    <message>
        <source>--folds (0 or at least 2), --seed, --C (positive), --neighbours, --bootstrap and --max-train take numbers</source>
        <translation>--folds (0 o al menos 2), --seed, --C (positivo), --neighbours, --bootstrap y --max-train toman números</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::ImageCommand</name>
    <message>
        <source>The PNG file to write (8-bit grayscale).</source>
        <translation>El archivo PNG a escribir (escala de grises de 8 bits).</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Print JSON describing the image: rows, columns, bits, photometric interpretation, transfer syntax and the window used.</source>
        <translation>Imprimir en JSON la descripción de la imagen: filas, columnas, bits, interpretación fotométrica, sintaxis de transferencia y ventana usada.</translation>
    </message>
    <message>
        <source>Shrink so that the longer side is at most this many pixels.</source>
        <translation>Reducir para que el lado mayor tenga como máximo este número de píxeles.</translation>
    </message>
    <message>
        <source>PIXELS</source>
        <translation>PÍXELES</translation>
    </message>
    <message>
        <source>PNG bit depth: 8 (default) or 16.</source>
        <translation>Profundidad del PNG: 8 (por defecto) o 16.</translation>
    </message>
    <message>
        <source>BITS</source>
        <translation>BITS</translation>
    </message>
    <message>
        <source>The image: DICOM, PNG or JPEG.</source>
        <translation>La imagen: DICOM, PNG o JPEG.</translation>
    </message>
    <message>
        <source>Decode an image as cxrfair sees it (modality and VOI transforms, MONOCHROME1 inverted) and write it as PNG at its native size.</source>
        <translation>Decodificar una imagen tal como la ve cxrfair (transformaciones de modalidad y VOI, MONOCHROME1 invertido) y escribirla como PNG a su tamaño original.</translation>
    </message>
    <message>
        <source>give exactly one image FILE (see --help)</source>
        <translation>indique exactamente una imagen ARCHIVO (véase --help)</translation>
    </message>
    <message>
        <source>nothing to do: give --out PNG, --info, or both</source>
        <translation>nada que hacer: indique --out PNG, --info o ambos</translation>
    </message>
    <message>
        <source>--max-size takes a non-negative whole number</source>
        <translation>--max-size admite un número entero no negativo</translation>
    </message>
    <message>
        <source>--bits takes 8 or 16</source>
        <translation>--bits admite 8 o 16</translation>
    </message>
    <message>
        <source>%1: cannot write the PNG (%2)</source>
        <translation>%1: no se puede escribir el PNG (%2)</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::Main</name>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2</source>
        <translation>&apos;%1&apos; necesita un subcomando: %2</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage: cxrfair-cli COMMAND [options]

Audit CLIP-based chest X-ray models for fairness and robustness.

Commands:
  demo              generate the demo datasets (NIH-CXR14 and MIMIC-CXR layouts)
  dataset summary   read a dataset and summarise its cohort
  image export      decode a DICOM, PNG or JPEG image and write it as PNG
  metrics           subgroup AUCs, intervals, gaps and shortcuts from a score table
  compare           a metrics table next to the study&apos;s published tables
  power             the smallest AUC difference a group&apos;s size can detect (MDD)
  probe             predict an attribute from image embeddings
  pca               principal components of image embeddings
  mmd               representation shift between groups in embedding space (MMD)
  tokenize          print the token ids of texts (CLIP BPE or WordPiece)
  model info        print a model bundle&apos;s manifest and hash, and check it runs
  model export      make a bundle from a published checkpoint (MedCLIP, BioViL, ...)
  embed             encode a dataset&apos;s images with a model bundle into a store
  score             zero-shot scores from stored embeddings and prompts
  tags              zero-shot device and acquisition tags from stored embeddings
  slices            find the groups of images where a model does worst
  prompts sweep     subgroup AUCs under several prompt sets (prompt sensitivity)
  saliency          where one image&apos;s zero-shot score comes from (occlusion, gradient)
  embeddings export write a store&apos;s embeddings as .npy and a keys CSV
  embeddings import add embeddings computed elsewhere to a store
  embeddings merge  join the stores of shard runs into one
  audit             run a whole audit (or --preset faimi2025) into a report

Run &apos;cxrfair-cli COMMAND --help&apos; for the options of a command.
</source>
        <translation>Uso: cxrfair-cli COMANDO [opciones]

Auditar la equidad y la robustez de modelos CLIP para radiografías de tórax.

Comandos:
  demo              generar los conjuntos de datos de demo (estructuras NIH-CXR14 y MIMIC-CXR)
  dataset summary   leer un conjunto de datos y resumir su cohorte
  image export      decodificar una imagen DICOM, PNG o JPEG y escribirla como PNG
  metrics           AUC por subgrupo, intervalos, brechas y atajos de una tabla de puntuaciones
  compare           una tabla de métricas junto a las tablas publicadas del estudio
  power             la menor diferencia de AUC que el tamaño de un grupo puede detectar (MDD)
  probe             predecir un atributo a partir de embeddings de imágenes
  pca               componentes principales de embeddings de imágenes
  mmd               desplazamiento de representación entre grupos en el espacio de embeddings (MMD)
  tokenize          imprimir los identificadores de tokens de textos (CLIP BPE o WordPiece)
  model info        mostrar el manifiesto y el hash de un paquete de modelo, y comprobar que funciona
  model export      crear un paquete de modelo a partir de un checkpoint publicado (MedCLIP, BioViL, ...)
  embed             codificar las imágenes de un conjunto de datos con un paquete de modelo en un almacén
  score             puntuaciones zero-shot a partir de embeddings almacenados y prompts
  tags              etiquetas zero-shot de dispositivos y adquisición a partir de embeddings almacenados
  slices            encontrar los grupos de imágenes donde un modelo rinde peor
  prompts sweep     AUC por subgrupo con varios conjuntos de prompts (sensibilidad a los prompts)
  saliency          de dónde viene la puntuación zero-shot de una imagen (oclusión, gradiente)
  embeddings export escribir los embeddings de un almacén como .npy y un CSV de claves
  embeddings import añadir a un almacén embeddings calculados en otro lugar
  embeddings merge  unir los almacenes de los fragmentos en uno
  audit             ejecutar una auditoría completa (o --preset faimi2025) hasta el informe

Ejecute &apos;cxrfair-cli COMANDO --help&apos; para ver las opciones de un comando.
</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::MetricsCommand</name>
    <message>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <source> positive)</source>
        <translation> positivos)</translation>
    </message>
    <message>
        <source>%1 gap %2 [%3, %4], worst %5</source>
        <translation>brecha de %1 %2 [%3, %4], peor %5</translation>
    </message>
    <message>
        <source>shortcut %1:</source>
        <translation>atajo %1:</translation>
    </message>
    <message>
        <source>present %1 (%2 positives), absent %3 (%4 positives), difference %5 [%6, %7]</source>
        <translation>presente %1 (%2 positivos), ausente %3 (%4 positivos), diferencia %5 [%6, %7]</translation>
    </message>
    <message>
        <source>The tidy score table: model,condition,sample_id,patient_id,label,score and one column per attribute.</source>
        <translation>La tabla de puntuaciones ordenada: model,condition,sample_id,patient_id,label,score y una columna por atributo.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>ARCHIVO.csv</translation>
    </message>
    <message>
        <source>The metrics table to write (CSV).</source>
        <translation>La tabla de métricas a escribir (CSV).</translation>
    </message>
    <message>
        <source>Also write the metrics as JSON.</source>
        <translation>Escribir también las métricas en JSON.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Attributes to report, comma-separated (default: every extra column).</source>
        <translation>Atributos a informar, separados por comas (por defecto: cada columna adicional).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>Bin edges for a numeric age column.</source>
        <translation>Límites de las clases para una columna de edad numérica.</translation>
    </message>
    <message>
        <source>EDGES</source>
        <translation>LÍMITES</translation>
    </message>
    <message>
        <source>Attribute intersections, e.g. sex:age,sex:race.</source>
        <translation>Intersecciones de atributos, p. ej. sex:age,sex:race.</translation>
    </message>
    <message>
        <source>Bootstrap resamples (default 1000).</source>
        <translation>Remuestreos bootstrap (por defecto 1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 2025).</source>
        <translation>Semilla aleatoria (por defecto 2025).</translation>
    </message>
    <message>
        <source>Interval level (default 0.95).</source>
        <translation>Nivel de los intervalos (por defecto 0.95).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <source>Resample patients with all their images (&apos;patient&apos;), or images (&apos;none&apos;, the default).</source>
        <translation>Remuestrear pacientes con todas sus imágenes (&apos;patient&apos;), o imágenes (&apos;none&apos;, por defecto).</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIDAD</translation>
    </message>
    <message>
        <source>Resample positives and negatives separately.</source>
        <translation>Remuestrear por separado positivos y negativos.</translation>
    </message>
    <message>
        <source>Flag groups with fewer positives or negatives (default 10).</source>
        <translation>Señalar los grupos con menos positivos o negativos (por defecto 10).</translation>
    </message>
    <message>
        <source>Operating threshold: youden, f1, sens:0.9, spec:0.9 (chosen on --validation) or value:0.5.</source>
        <translation>Umbral de funcionamiento: youden, f1, sens:0.9, spec:0.9 (elegido en --validation) o value:0.5.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGLA</translation>
    </message>
    <message>
        <source>Validation scores (same format) to choose the threshold on.</source>
        <translation>Puntuaciones de validación (mismo formato) en las que elegir el umbral.</translation>
    </message>
    <message>
        <source>A 0/1 column recorded on positives (e.g. drain): shortcut analysis.</source>
        <translation>Una columna 0/1 registrada en los positivos (p. ej. drain): análisis de atajos.</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLUMNA</translation>
    </message>
    <message>
        <source>DeLong intervals on the logit scale.</source>
        <translation>Intervalos de DeLong en la escala logit.</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores; the results do not depend on it).</source>
        <translation>Hilos de trabajo (por defecto: todos los núcleos; los resultados no dependen de ello).</translation>
    </message>
    <message>
        <source>Subgroup AUCs with DeLong and bootstrap intervals, tests against the rest (Holm, Benjamini-Hochberg), AUPRC, threshold rates, calibration, gaps and shortcut analysis, from a table of scores.</source>
        <translation>AUC por subgrupo con intervalos de DeLong y bootstrap, pruebas frente al resto (Holm, Benjamini-Hochberg), AUPRC, tasas en el umbral, calibración, brechas y análisis de atajos, a partir de una tabla de puntuaciones.</translation>
    </message>
    <message>
        <source>--scores FILE.csv and --out FILE.csv are required</source>
        <translation>se requieren --scores ARCHIVO.csv y --out ARCHIVO.csv</translation>
    </message>
    <message>
        <source>--bootstrap takes a non-negative whole number</source>
        <translation>--bootstrap admite un número entero no negativo</translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number</source>
        <translation>--seed admite un número entero no negativo</translation>
    </message>
    <message>
        <source>--ci takes a level between 0 and 1, e.g. 0.95</source>
        <translation>--ci admite un nivel entre 0 y 1, p. ej. 0.95</translation>
    </message>
    <message>
        <source>--cluster takes patient or none</source>
        <translation>--cluster admite patient o none</translation>
    </message>
    <message>
        <source>--stratify and --cluster patient cannot be combined</source>
        <translation>--stratify y --cluster patient no se pueden combinar</translation>
    </message>
    <message>
        <source>--min-group takes a non-negative whole number</source>
        <translation>--min-group admite un número entero no negativo</translation>
    </message>
    <message>
        <source>--threads takes a non-negative whole number</source>
        <translation>--threads admite un número entero no negativo</translation>
    </message>
    <message>
        <source>--threshold %1 is chosen on validation data: give --validation FILE.csv</source>
        <translation>--threshold %1 se elige en datos de validación: indique --validation ARCHIVO.csv</translation>
    </message>
    <message>
        <source>--age-bins: %1</source>
        <translation>--age-bins: %1</translation>
    </message>
    <message>
        <source>--intersections: &apos;%1&apos; needs two attributes, e.g. sex:age</source>
        <translation>--intersections: &apos;%1&apos; necesita dos atributos, p. ej. sex:age</translation>
    </message>
    <message>
        <source>%1: no confounder column &apos;%2&apos; (the table has: %3)</source>
        <translation>%1: no hay columna de factor de confusión &apos;%2&apos; (la tabla tiene: %3)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>With --confounder: the condition whose positives it splits (default: every condition).</source>
        <translation>Con --confounder: la afección cuyos positivos separa (por defecto: todas).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>%1: no condition &apos;%2&apos; for the shortcut analysis (the table has: %3)</source>
        <translation>%1: no hay afección «%2» para el análisis del atajo (la tabla tiene: %3)</translation>
    </message>
    <message>
        <source>--shortcut-condition needs --confounder COLUMN</source>
        <translation>--shortcut-condition necesita --confounder COLUMNA</translation>
    </message>
    <message>
        <source>A group whose bootstrap interval is wider than this has insufficient evidence (default 0.2).</source>
        <translation>Un grupo cuyo intervalo bootstrap es más ancho que esto tiene evidencia insuficiente (0,2 por defecto).</translation>
    </message>
    <message>
        <source>WIDTH</source>
        <translation>ANCHO</translation>
    </message>
    <message>
        <source>--evidence-width takes a width above 0 and at most 1, e.g. 0.2</source>
        <translation>--evidence-width requiere un ancho mayor que 0 y como máximo 1, por ejemplo 0.2</translation>
    </message>
    <message>
        <source>Also write every pair of groups&apos; cross-group AUCs (xAUC) with the bootstrap interval of their disparity.</source>
        <translation>Escribir también los AUC cruzados (xAUC) de cada par de grupos con el intervalo bootstrap de su disparidad.</translation>
    </message>
    <message>
        <source>Also write the summary per model, condition and attribute: worst-group AUC, gap with its bias-corrected estimate, ES-AUC, equal-opportunity and equalized-odds differences.</source>
        <translation>Escribir también el resumen por modelo, afección y atributo: AUC del peor grupo, brecha con su estimación corregida del sesgo, ES-AUC, diferencias de igualdad de oportunidades y de probabilidades igualadas.</translation>
    </message>
    <message>
        <source>Also compare each attribute&apos;s groups after reweighting them to the same joint distribution of these covariates and the same prevalence (rows with adjusted = matched), e.g. age,view; &apos;default&apos;: age and view for sex and race, sex and view for age, as the audit does.</source>
        <translation>Comparar también los grupos de cada atributo tras reponderarlos a la misma distribución conjunta de estas covariables y la misma prevalencia (filas con adjusted = matched), por ejemplo age,view; &apos;default&apos;: edad y vista para el sexo y la raza, sexo y vista para la edad, como hace la auditoría.</translation>
    </message>
    <message>
        <source>csv (the tidy table, the default) or faimi2025: the study&apos;s own layout under the folder --out names, one zeroshot_{model}.csv per model.</source>
        <translation>csv (la tabla ordenada, por defecto) o faimi2025: la estructura del propio estudio bajo la carpeta que indica --out, un zeroshot_{model}.csv por modelo.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>With --format faimi2025: mimic (subgroups, the default) or cxr14 (the shortcut&apos;s strata as groups 0.0 and 1.0).</source>
        <translation>Con --format faimi2025: mimic (subgrupos, por defecto) o cxr14 (los estratos del atajo como grupos 0.0 y 1.0).</translation>
    </message>
    <message>
        <source>--format takes csv or faimi2025, not &apos;%1&apos;</source>
        <translation>--format admite csv o faimi2025, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dataset takes mimic or cxr14, not &apos;%1&apos;</source>
        <translation>--dataset admite mimic o cxr14, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dataset goes with --format faimi2025</source>
        <translation>--dataset va con --format faimi2025</translation>
    </message>
    <message>
        <source>--match takes covariates, e.g. age,view</source>
        <translation>--match admite covariables, por ejemplo age,view</translation>
    </message>
    <message>
        <source>%1: no column &apos;%2&apos; to match on (the table has: %3)</source>
        <translation>%1: no hay columna &apos;%2&apos; por la que emparejar (la tabla tiene: %3)</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n table(s) in the study&apos;s layout under %1</source>
        <translation>
            <numerusform>%n tabla escrita con la estructura del estudio en %1</numerusform>
            <numerusform>%n tablas escritas con la estructura del estudio en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--match names a covariate twice</source>
        <translation>--match nombra dos veces una covariable</translation>
    </message>
    <message>
        <source>note: %1 is not matched: its only covariate is itself</source>
        <translation>nota: %1 no se empareja: su única covariable es él mismo</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::MmdCommand</name>
    <message>
        <source>Image embeddings (.npy, one image per row).</source>
        <translation>Embeddings de imágenes (.npy, una imagen por fila).</translation>
    </message>
    <message>
        <source>X.npy</source>
        <translation>X.npy</translation>
    </message>
    <message>
        <source>A CSV table with one row per embedding, in the same order (as `embeddings export` writes), holding the attribute&apos;s column.</source>
        <translation>Una tabla CSV con una fila por embedding, en el mismo orden (como la escribe `embeddings export`), que contiene la columna del atributo.</translation>
    </message>
    <message>
        <source>K.csv</source>
        <translation>K.csv</translation>
    </message>
    <message>
        <source>The column whose values are the groups (empty: left out).</source>
        <translation>La columna cuyos valores son los grupos (vacío: se omite).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Seed of the subsamples and permutations.</source>
        <translation>Semilla de las submuestras y las permutaciones.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Permutations (default 1000).</source>
        <translation>Permutaciones (1000 por defecto).</translation>
    </message>
    <message>
        <source>Images drawn per group at most (default 5000).</source>
        <translation>Imágenes extraídas por grupo como máximo (5000 por defecto).</translation>
    </message>
    <message>
        <source>Bin edges for a numeric age column (default: the study&apos;s).</source>
        <translation>Límites de los intervalos de una columna de edad numérica (por defecto: los del estudio).</translation>
    </message>
    <message>
        <source>EDGES</source>
        <translation>LÍMITES</translation>
    </message>
    <message>
        <source>Representation shift: for every pair of an attribute&apos;s groups, the unbiased squared maximum mean discrepancy of their embeddings (Gaussian kernel, median-distance bandwidth) with a permutation p-value, as JSON.</source>
        <translation>Desplazamiento de representación: para cada par de grupos de un atributo, el estimador insesgado del cuadrado de la discrepancia media máxima (MMD) de sus embeddings (núcleo gaussiano, ancho de banda a la distancia mediana) con un valor p por permutación, en JSON.</translation>
    </message>
    <message>
        <source>--embeddings, --keys and --attribute are required</source>
        <translation>--embeddings, --keys y --attribute son obligatorios</translation>
    </message>
    <message>
        <source>--seed takes a whole number of at least 0, not &apos;%1&apos;</source>
        <translation>--seed requiere un número entero de al menos 0, no «%1»</translation>
    </message>
    <message>
        <source>--age-bins: %1</source>
        <translation>--age-bins: %1</translation>
    </message>
    <message>
        <source>%1 has %2 rows and %3 has %4 embeddings: they must match, row for row</source>
        <translation>%1 tiene %2 filas y %3 tiene %4 embeddings: deben coincidir, fila por fila</translation>
    </message>
    <message>
        <source>MMD</source>
        <translation>MMD</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::ModelCommands</name>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>clip-bpe or wordpiece.</source>
        <translation>clip-bpe o wordpiece.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>The vocabulary: CLIP&apos;s bpe_simple_vocab_16e6.txt(.gz) or BERT&apos;s vocab.txt.</source>
        <translation>El vocabulario: bpe_simple_vocab_16e6.txt(.gz) de CLIP o vocab.txt de BERT.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>WordPiece: lower-case and strip accents (uncased models). CLIP always lower-cases.</source>
        <translation>WordPiece: pasar a minúsculas y quitar los acentos (modelos uncased). CLIP siempre pasa a minúsculas.</translation>
    </message>
    <message>
        <source>Context length: ids are truncated to it, end token kept (default 77 for clip-bpe, 512 for wordpiece).</source>
        <translation>Longitud de contexto: los identificadores se truncan a ella, conservando el token final (por defecto 77 para clip-bpe, 512 para wordpiece).</translation>
    </message>
    <message>
        <source>Texts to tokenize.</source>
        <translation>Textos a tokenizar.</translation>
    </message>
    <message>
        <source>Print the token ids of each TEXT, one line per text, separated by single spaces, with start and end tokens and without padding.</source>
        <translation>Imprimir los identificadores de tokens de cada TEXTO, una línea por texto, separados por espacios simples, con tokens de inicio y fin y sin relleno.</translation>
    </message>
    <message>
        <source>--tokenizer takes clip-bpe or wordpiece</source>
        <translation>--tokenizer admite clip-bpe o wordpiece</translation>
    </message>
    <message>
        <source>--vocab FILE is required</source>
        <translation>se requiere --vocab ARCHIVO</translation>
    </message>
    <message>
        <source>--context takes a whole number of at least 2</source>
        <translation>--context admite un número entero de al menos 2</translation>
    </message>
    <message>
        <source>The model bundle (NAME.cxrmodel folder).</source>
        <translation>El paquete de modelo (carpeta NOMBRE.cxrmodel).</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>PAQUETE</translation>
    </message>
    <message>
        <source>The embedding store folder (created; an existing one is resumed).</source>
        <translation>La carpeta del almacén de embeddings (se crea; uno existente se reanuda).</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>ALMACÉN</translation>
    </message>
    <message>
        <source>Threads decoding and preprocessing images (default: one per core).</source>
        <translation>Hilos de decodificación y preprocesamiento de imágenes (por defecto: uno por núcleo).</translation>
    </message>
    <message>
        <source>Encode only shard i of N (0-based), chosen by a stable hash of the image key; N processes fill one store.</source>
        <translation>Codificar solo el fragmento i de N (desde 0), elegido por un hash estable de la clave de imagen; N procesos llenan un mismo almacén.</translation>
    </message>
    <message>
        <source>i/N</source>
        <translation>i/N</translation>
    </message>
    <message>
        <source>Encode a dataset&apos;s images with a model&apos;s image encoder and store the embeddings. Embeddings are appended as they are produced: a second run reuses them, and an interrupted run resumes where it stopped.</source>
        <translation>Codificar las imágenes de un conjunto de datos con el codificador de imágenes de un modelo y almacenar los embeddings. Los embeddings se añaden a medida que se producen: una segunda ejecución los reutiliza y una ejecución interrumpida continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>--model BUNDLE and --out STORE are required</source>
        <translation>se requieren --model PAQUETE y --out ALMACÉN</translation>
    </message>
    <message>
        <source>--decode-threads takes a non-negative whole number</source>
        <translation>--decode-threads admite un número entero no negativo</translation>
    </message>
    <message>
        <source>--shard takes i/N with 0 &lt;= i &lt; N, e.g. 3/8</source>
        <translation>--shard admite i/N con 0 &lt;= i &lt; N, p. ej. 3/8</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificando</translation>
    </message>
    <message>
        <source>Encoded %1 images in %2 s (%3 images/s) on %4, batch %5.</source>
        <translation>%1 imágenes codificadas en %2 s (%3 imágenes/s) en %4, lote de %5.</translation>
    </message>
    <message>
        <source>Images %1 (shard %2/%3): %4 already stored, %5 encoded, %6 failed.</source>
        <translation>Imágenes %1 (fragmento %2/%3): %4 ya almacenadas, %5 codificadas, %6 fallidas.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation>  ... y %1 más</translation>
    </message>
    <message>
        <source>The model bundle whose embeddings to score.</source>
        <translation>El paquete de modelo cuyos embeddings puntuar.</translation>
    </message>
    <message>
        <source>A prompt preset (%1; default faimi2025: &apos;Chest {condition}&apos; against &apos;Chest No findings&apos;) or a JSON file.</source>
        <translation>Un preajuste de prompts (%1; por defecto faimi2025: &apos;Chest {condition}&apos; frente a &apos;Chest No findings&apos;) o un archivo JSON.</translation>
    </message>
    <message>
        <source>PRESET|FILE</source>
        <translation>PREAJUSTE|ARCHIVO</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>The score table to write (CSV, .gz allowed).</source>
        <translation>La tabla de puntuaciones a escribir (CSV, se admite .gz).</translation>
    </message>
    <message>
        <source>scores.csv</source>
        <translation>scores.csv</translation>
    </message>
    <message>
        <source>Zero-shot scores from stored image embeddings: for each condition, sigmoid(T (v.t+ - v.t-)) with the model&apos;s logit scale T. Only the prompts are encoded; images never are. Writes the table cxrfair-cli metrics reads.</source>
        <translation>Puntuaciones zero-shot a partir de embeddings de imágenes almacenados: para cada afección, sigmoid(T (v.t+ - v.t-)) con la escala de logit T del modelo. Solo se codifican los prompts; las imágenes nunca. Escribe la tabla que lee cxrfair-cli metrics.</translation>
    </message>
    <message>
        <source>--store STORE, --model BUNDLE and --out FILE are required</source>
        <translation>se requieren --store ALMACÉN, --model PAQUETE y --out ARCHIVO</translation>
    </message>
    <message>
        <source>Wrote %1 scores (%2 conditions, %3 prompts encoded) to %4.</source>
        <translation>Se escribieron %1 puntuaciones (%2 afecciones, %3 prompts codificados) en %4.</translation>
    </message>
    <message>
        <source>%1 of %2 images have no embedding (failed, or not encoded yet) and are left out.</source>
        <translation>%1 de %2 imágenes no tienen embedding (fallaron o aún no se codificaron) y se excluyen.</translation>
    </message>
    <message>
        <source>Failed images (all listed in %1):</source>
        <translation>Imágenes fallidas (todas listadas en %1):</translation>
    </message>
    <message>
        <source>Conditions to score, comma-separated (default: every condition of the dataset with positive and negative labels).</source>
        <translation>Afecciones a puntuar, separadas por comas (por defecto: cada afección del conjunto de datos con etiquetas positivas y negativas).</translation>
    </message>
    <message>
        <source>Left out (no positive or no negative label): %1.</source>
        <translation>Excluidas (sin etiqueta positiva o negativa): %1.</translation>
    </message>
    <message>
        <source>Images per forward pass, halved on out-of-memory (default 0: 1 on the CPU, so that each embedding depends on its image alone; 32 on CUDA).</source>
        <translation>Imágenes por pasada hacia delante, a la mitad si se agota la memoria (por defecto 0: 1 en la CPU, para que cada embedding dependa solo de su imagen; 32 en CUDA).</translation>
    </message>
    <message>
        <source>--batch takes a non-negative whole number</source>
        <translation>--batch admite un número entero no negativo</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::ModelExportCommand</name>
    <message>
        <source>could not start %1: %2</source>
        <translation>no se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>the model exporter stopped abnormally</source>
        <translation>el exportador de modelos se detuvo de forma anómala</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::ModelInfoCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>The model bundle (NAME.cxrmodel).</source>
        <translation>El paquete de modelo (NOMBRE.cxrmodel).</translation>
    </message>
    <message>
        <source>Print a model bundle&apos;s manifest and content hash, and check it: both encoders load and a probe image and a probe prompt give finite embeddings of the manifest&apos;s dimension.</source>
        <translation>Mostrar el manifiesto y el hash del contenido de un paquete de modelo, y comprobarlo: los dos codificadores se cargan, y una imagen y un prompt de prueba dan embeddings finitos de la dimensión del manifiesto.</translation>
    </message>
    <message>
        <source>give exactly one BUNDLE (see --help)</source>
        <translation>indique exactamente un PAQUETE (véase --help)</translation>
    </message>
    <message>
        <source>Model      %1</source>
        <translation>Modelo     %1</translation>
    </message>
    <message>
        <source>Citation   %1</source>
        <translation>Cita       %1</translation>
    </message>
    <message>
        <source>Bundle     %1</source>
        <translation>Paquete    %1</translation>
    </message>
    <message>
        <source>SHA-256    %1</source>
        <translation>SHA-256    %1</translation>
    </message>
    <message>
        <source>Embedding  %1 dimensions, logit scale %2</source>
        <translation>Embedding  %1 dimensiones, escala de logit %2</translation>
    </message>
    <message>
        <source>Check      on %1: image %2x%3 -&gt; [%4, %5] in %6 ms; &quot;%7&quot; -&gt; [%8, %9] in %10 ms; %11</source>
        <translation>Prueba     en %1: imagen %2x%3 -&gt; [%4, %5] en %6 ms; &quot;%7&quot; -&gt; [%8, %9] en %10 ms; %11</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED (not finite, or not the manifest&apos;s dimension)</source>
        <translation>FALLO (valores no finitos, o no es la dimensión del manifiesto)</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifiesto</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::PowerCommand</name>
    <message>
        <source>--%1 takes a number, not &apos;%2&apos;</source>
        <translation>--%1 requiere un número, no «%2»</translation>
    </message>
    <message>
        <source>The group&apos;s positives.</source>
        <translation>Los positivos del grupo.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The group&apos;s negatives.</source>
        <translation>Los negativos del grupo.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The other images&apos; positives.</source>
        <translation>Los positivos de las demás imágenes.</translation>
    </message>
    <message>
        <source>N2</source>
        <translation>N2</translation>
    </message>
    <message>
        <source>The other images&apos; negatives.</source>
        <translation>Los negativos de las demás imágenes.</translation>
    </message>
    <message>
        <source>M2</source>
        <translation>M2</translation>
    </message>
    <message>
        <source>The overall AUC, used for both standard errors.</source>
        <translation>El AUC global, usado para ambos errores estándar.</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Two-sided significance level (default 0.05).</source>
        <translation>Nivel de significación bilateral (0,05 por defecto).</translation>
    </message>
    <message>
        <source>ALPHA</source>
        <translation>ALFA</translation>
    </message>
    <message>
        <source>Power (default 0.8).</source>
        <translation>Potencia (0,8 por defecto).</translation>
    </message>
    <message>
        <source>POWER</source>
        <translation>POTENCIA</translation>
    </message>
    <message>
        <source>Also the positives the group needs (at its ratio of negatives to positives) for its MDD to be at most D.</source>
        <translation>También los positivos que necesita el grupo (con su proporción de negativos a positivos) para que su MDD sea como máximo D.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>The minimum detectable difference (MDD) of a group&apos;s AUC against the rest&apos;s, from Hanley and McNeil&apos;s standard errors, as JSON: how large a gap the group&apos;s size can tell from noise.</source>
        <translation>La diferencia mínima detectable (MDD) del AUC de un grupo frente a la del resto, a partir de los errores estándar de Hanley y McNeil, en JSON: qué brecha permite distinguir del ruido el tamaño del grupo.</translation>
    </message>
    <message>
        <source>--positives, --negatives, --rest-positives, --rest-negatives and --auc are required</source>
        <translation>--positives, --negatives, --rest-positives, --rest-negatives y --auc son obligatorios</translation>
    </message>
    <message>
        <source>--difference takes a number above 0, not %1</source>
        <translation>--difference requiere un número mayor que 0, no %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::PromptCommands</name>
    <message>
        <source>The model bundle whose embeddings to score.</source>
        <translation>El paquete de modelo cuyos embeddings puntuar.</translation>
    </message>
    <message>
        <source>The AUC of each prompt set, condition, attribute and group (CSV); the summary goes beside it as NAME-summary.csv.</source>
        <translation>El AUC de cada conjunto de prompts, condición, atributo y grupo (CSV); el resumen se escribe al lado como NOMBRE-summary.csv.</translation>
    </message>
    <message>
        <source>sweep.csv</source>
        <translation>sweep.csv</translation>
    </message>
    <message>
        <source>Prompt sets, comma-separated: %1, or prompt JSON files (default: all three built-in ones; synonyms gives one set per phrasing).</source>
        <translation>Conjuntos de prompts, separados por comas: %1, o archivos JSON de prompts (por defecto: los tres integrados; synonyms da un conjunto por formulación).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>Attributes to group by, comma-separated (default: every attribute of the images).</source>
        <translation>Atributos por los que agrupar, separados por comas (por defecto: todos los atributos de las imágenes).</translation>
    </message>
    <message>
        <source>Bin edges for the age (default: the study&apos;s).</source>
        <translation>Límites de los tramos de edad (por defecto: los del estudio).</translation>
    </message>
    <message>
        <source>EDGES</source>
        <translation>LÍMITES</translation>
    </message>
    <message>
        <source>Prompt sensitivity: every study condition&apos;s zero-shot AUC, overall and per group, under several prompt sets, scored from the stored embeddings (no image is encoded). A gap that changes with the words is not a finding.</source>
        <translation>Sensibilidad a los prompts: el AUC zero-shot de cada condición del estudio, global y por grupo, con varios conjuntos de prompts, a partir de los embeddings almacenados (no se codifica ninguna imagen). Una brecha que cambia con las palabras no es un hallazgo.</translation>
    </message>
    <message>
        <source>--store STORE, --model BUNDLE and --out FILE are required</source>
        <translation>--store ALMACÉN, --model PAQUETE y --out ARCHIVO son obligatorios</translation>
    </message>
    <message>
        <source>--age-bins: %1</source>
        <translation>--age-bins: %1</translation>
    </message>
    <message>
        <source>--attributes: no attribute column &apos;%1&apos; (the images have: %2)</source>
        <translation>--attributes: no hay columna de atributo &apos;%1&apos; (las imágenes tienen: %2)</translation>
    </message>
    <message>
        <source>Prompt sweep</source>
        <translation>Barrido de prompts</translation>
    </message>
    <message>
        <source>%1: %2 prompt sets, %3 conditions.</source>
        <translation>%1: %2 conjuntos de prompts, %3 condiciones.</translation>
    </message>
    <message>
        <source>    inverted (AUC below 0.5): %1</source>
        <translation>    invertido (AUC menor que 0,5): %1</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>Escritos %1 y %2.</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::SaliencyCommand</name>
    <message>
        <source>--%1 takes a number of pixels from 1 to 16384 (not &apos;%2&apos;)</source>
        <translation>--%1 admite un número de píxeles de 1 a 16384 (no &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>The model bundle.</source>
        <translation>El paquete de modelo.</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>PAQUETE</translation>
    </message>
    <message>
        <source>The radiograph (DICOM, PNG or JPEG).</source>
        <translation>La radiografía (DICOM, PNG o JPEG).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The condition whose score to explain.</source>
        <translation>La condición cuya puntuación explicar.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The map: float32 .npy of shape (rows, columns).</source>
        <translation>El mapa: .npy float32 de forma (filas, columnas).</translation>
    </message>
    <message>
        <source>MAP.npy</source>
        <translation>MAPA.npy</translation>
    </message>
    <message>
        <source>occlusion (the default; every bundle, forward passes only) or gradient (gradient x input; encoders with autograd).</source>
        <translation>occlusion (por defecto; cualquier paquete, solo pasadas hacia delante) o gradient (gradiente x entrada; codificadores con autograd).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTODO</translation>
    </message>
    <message>
        <source>Occlusion: the side of the patch (default 32).</source>
        <translation>Oclusión: el lado del cuadrado (32 por defecto).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Occlusion: the step between patches (default 16).</source>
        <translation>Oclusión: el paso entre cuadrados (16 por defecto).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>A prompt preset (%1; default faimi2025) or a JSON file.</source>
        <translation>Un preajuste de prompts (%1; faimi2025 por defecto) o un archivo JSON.</translation>
    </message>
    <message>
        <source>PRESET|FILE</source>
        <translation>PREAJUSTE|ARCHIVO</translation>
    </message>
    <message>
        <source>Also write the image with the map over it and a colour bar (PNG).</source>
        <translation>Escribir también la imagen con el mapa encima y una barra de colores (PNG).</translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation>SALIDA.png</translation>
    </message>
    <message>
        <source>Where a zero-shot score comes from on one image: occlusion (the score&apos;s drop when a patch of the input is set to 0) or gradient x input.</source>
        <translation>De dónde viene una puntuación zero-shot en una imagen: oclusión (la caída de la puntuación cuando un cuadrado de la entrada se pone a 0) o gradiente x entrada.</translation>
    </message>
    <message>
        <source>--model BUNDLE, --image FILE, --condition NAME and --out MAP.npy are required</source>
        <translation>--model PAQUETE, --image ARCHIVO, --condition NOMBRE y --out MAPA.npy son obligatorios</translation>
    </message>
    <message>
        <source>--method takes occlusion or gradient (not &apos;%1&apos;)</source>
        <translation>--method admite occlusion o gradient (no &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--patch and --stride are for --method occlusion</source>
        <translation>--patch y --stride son para --method occlusion</translation>
    </message>
    <message>
        <source>%1 of %2 for %3: score %4; map %5 x %6 (%7, on %8) written to %9.</source>
        <translation>%1 de %2 para %3: puntuación %4; mapa %5 x %6 (%7, en %8) escrito en %9.</translation>
    </message>
    <message>
        <source>patch %1, stride %2</source>
        <translation>cuadrado %1, paso %2</translation>
    </message>
    <message>
        <source>one value per input pixel</source>
        <translation>un valor por píxel de entrada</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::StoreCommands</name>
    <message>
        <source>no segment &apos;%1&apos; in the store (it has: %2)</source>
        <translation>no hay segmento &apos;%1&apos; en el almacén (tiene: %2)</translation>
    </message>
    <message>
        <source>The embedding store.</source>
        <translation>El almacén de embeddings.</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>ALMACÉN</translation>
    </message>
    <message>
        <source>Export the embeddings of this bundle.</source>
        <translation>Exportar los embeddings de este paquete.</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>PAQUETE</translation>
    </message>
    <message>
        <source>Or name the segment (its folder or model name; default: the only one).</source>
        <translation>O nombrar el segmento (su carpeta o el nombre del modelo; por defecto: el único).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The embeddings (float32, C order .npy).</source>
        <translation>Los embeddings (.npy float32, orden C).</translation>
    </message>
    <message>
        <source>X.npy</source>
        <translation>X.npy</translation>
    </message>
    <message>
        <source>The rows&apos; keys: index, sample_id, patient_id, path, then the attributes and labels when the store has them.</source>
        <translation>Las claves de las filas: index, sample_id, patient_id, path, y luego los atributos y etiquetas cuando el almacén los tiene.</translation>
    </message>
    <message>
        <source>K.csv</source>
        <translation>K.csv</translation>
    </message>
    <message>
        <source>Write a store&apos;s embeddings as a NumPy array and a CSV of keys aligned with its rows (np.load and pandas.read_csv read them).</source>
        <translation>Escribir los embeddings de un almacén como una matriz NumPy y un CSV de claves alineado con sus filas (np.load y pandas.read_csv los leen).</translation>
    </message>
    <message>
        <source>--store STORE, --out X.npy and --keys K.csv are required</source>
        <translation>se requieren --store ALMACÉN, --out X.npy y --keys K.csv</translation>
    </message>
    <message>
        <source>Exported %1 embeddings of %2 (dimension %3) to %4 and %5.</source>
        <translation>Se exportaron %1 embeddings de %2 (dimensión %3) a %4 y %5.</translation>
    </message>
    <message>
        <source>Image embeddings computed elsewhere (.npy, one row per image).</source>
        <translation>Embeddings de imágenes calculados en otro lugar (.npy, una fila por imagen).</translation>
    </message>
    <message>
        <source>A CSV aligned with the rows (a cxrfair keys file, or the study&apos;s metadata CSV).</source>
        <translation>Un CSV alineado con las filas (un archivo de claves de cxrfair o el CSV de metadatos del estudio).</translation>
    </message>
    <message>
        <source>The column of image ids (default: the first of sample_id, dicom_id, Image Index, image_id, path, Path).</source>
        <translation>La columna de identificadores de imagen (por defecto: la primera de sample_id, dicom_id, Image Index, image_id, path, Path).</translation>
    </message>
    <message>
        <source>The model&apos;s name (default: the file&apos;s name).</source>
        <translation>El nombre del modelo (por defecto: el nombre del archivo).</translation>
    </message>
    <message>
        <source>The embedding store to add them to.</source>
        <translation>El almacén de embeddings al que añadirlos.</translation>
    </message>
    <message>
        <source>Add embeddings computed elsewhere to a store as an &quot;embeddings only&quot; model, for the embedding views and export.</source>
        <translation>Añadir a un almacén embeddings calculados en otro lugar como un modelo &quot;solo embeddings&quot;, para las vistas de embeddings y la exportación.</translation>
    </message>
    <message>
        <source>--embeddings X.npy, --keys K.csv and --out STORE are required</source>
        <translation>se requieren --embeddings X.npy, --keys K.csv y --out ALMACÉN</translation>
    </message>
    <message>
        <source>Imported %1 embeddings of dimension %2 as &apos;%3&apos; into %4.</source>
        <translation>Se importaron %1 embeddings de dimensión %2 como &apos;%3&apos; en %4.</translation>
    </message>
    <message>
        <source>The merged store (created, or added to).</source>
        <translation>El almacén fusionado (se crea o se completa).</translation>
    </message>
    <message>
        <source>The stores of the shards, e.g. store-0 store-1 ...</source>
        <translation>Los almacenes de los fragmentos, p. ej. store-0 store-1 ...</translation>
    </message>
    <message>
        <source>Join the stores of shard runs (cxrfair-cli embed --shard i/N) into one. Stores of different models, preprocessing or datasets are refused.</source>
        <translation>Unir los almacenes de los fragmentos (cxrfair-cli embed --shard i/N) en uno. Se rechazan almacenes de modelos, preprocesamientos o conjuntos de datos distintos.</translation>
    </message>
    <message>
        <source>--out STORE and at least one store to merge are required</source>
        <translation>se requieren --out ALMACÉN y al menos un almacén que fusionar</translation>
    </message>
    <message>
        <source>%1: %2 embeddings of dimension %3</source>
        <translation>%1: %2 embeddings de dimensión %3</translation>
    </message>
    <message>
        <source>Merged %1 store(s) into %2 (%3 part files copied).</source>
        <translation>Se fusionaron %1 almacenes en %2 (%3 archivos de partes copiados).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Audit CLIP-based chest X-ray models for fairness and robustness.</source>
        <translation>Auditar la equidad y la robustez de los modelos CLIP para radiografía de tórax.</translation>
    </message>
    <message>
        <source>Open the demo datasets.</source>
        <translation>Abrir los conjuntos de datos de la demo.</translation>
    </message>
    <message>
        <source>Open the dataset in DIR.</source>
        <translation>Abrir el conjunto de datos de CARPETA.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>The layout of --open: nih, mimic, chexpert (default: detect).</source>
        <translation>La organización de --open: nih, mimic, chexpert (por defecto: detectada).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Once everything is loaded, save the window to FILE and quit.</source>
        <translation>Una vez cargado todo, guardar la ventana en ARCHIVO y salir.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Interface language (fr, es, en).</source>
        <translation>Idioma de la interfaz (fr, es, en).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Open a score table and chart its subgroup AUCs.</source>
        <translation>Abrir una tabla de puntuaciones y representar su AUC por subgrupo.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VISTA</translation>
    </message>
    <message>
        <source>Once everything is loaded, open the guided tour at STEP (1 is the first; 0 resumes where it was left).</source>
        <translation>Una vez cargado todo, abrir la visita guiada en el PASO (1 es el primero; 0 reanuda donde se dejó).</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>PASO</translation>
    </message>
    <message>
        <source>Window colours: system, light or dark.</source>
        <translation>Colores de la ventana: system, light o dark.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Open the window at WxH pixels (e.g. 1600x1000 for the documentation&apos;s pictures) instead of the size it would take on this screen.</source>
        <translation>Abrir la ventana a AxA píxeles (p. ej. 1600x1000 para las imágenes de la documentación) en lugar del tamaño que tendría en esta pantalla.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>AxA</translation>
    </message>
    <message>
        <source>Once everything is loaded, raise a view: auc, roc, shortcut, embeddings, slices, sensitivity, summary, gallery, prompts or jobs.</source>
        <translation>Una vez cargado todo, mostrar una vista: auc, roc, shortcut, embeddings, slices, sensitivity, summary, gallery, prompts o jobs.</translation>
    </message>
    <message>
        <source>Draw the study&apos;s published results (the folder that holds data/performance/) on the subgroup bars.</source>
        <translation>Dibujar los resultados publicados del estudio (la carpeta que contiene data/performance/) sobre las barras de subgrupos.</translation>
    </message>
    <message>
        <source>With --published: which published model each model reproduces, e.g. chexzero=&quot;My CheXzero&quot;.</source>
        <translation>Con --published: qué modelo publicado reproduce cada modelo, por ejemplo chexzero=&quot;Mi CheXzero&quot;.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
</context>
</TS>
