<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>cxrfair::AddDatasetDialog</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Column mapping (generic CSV)</source>
        <translation>Correspondance des colonnes (CSV générique)</translation>
    </message>
    <message>
        <source>Add a Dataset</source>
        <translation>Ajouter un jeu de données</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table :</translation>
    </message>
    <message>
        <source>&amp;Image path:</source>
        <translation>Chemin de l&apos;&amp;image :</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>Â&amp;ge :</translation>
    </message>
    <message>
        <source>&amp;Race:</source>
        <translation>&amp;Origine :</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue :</translation>
    </message>
    <message>
        <source>Label &amp;columns:</source>
        <translation>&amp;Colonnes d&apos;étiquettes :</translation>
    </message>
    <message>
        <source>Tick the columns that hold a condition&apos;s label (1, 0, -1 or empty)</source>
        <translation>Cochez les colonnes qui portent l&apos;étiquette d&apos;une pathologie (1, 0, -1 ou vide)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Dataset Folder</source>
        <translation>Dossier du jeu de données</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté : %1</translation>
    </message>
    <message>
        <source>The layout of this folder is not recognised: choose it above.</source>
        <translation>L&apos;organisation de ce dossier n&apos;est pas reconnue : choisissez-la ci-dessus.</translation>
    </message>
    <message>
        <source>A generic CSV needs a table, its image column and at least one label column.</source>
        <translation>Un CSV générique demande une table, sa colonne d&apos;images et au moins une colonne d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>Cannot write the column mapping %1: %2</source>
        <translation>Impossible d&apos;écrire la correspondance des colonnes %1 : %2</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lecture de %1...</translation>
    </message>
    <message>
        <source>Cannot read this dataset: %1</source>
        <translation>Impossible de lire ce jeu de données : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 images; %n problem(s), listed in the Problems tab. Add it as it is, or fix the files first.</source>
        <translation>
            <numerusform>%1 images ; %n problème, listé dans l&apos;onglet Problèmes. Ajoutez-le tel quel, ou corrigez d&apos;abord les fichiers.</numerusform>
            <numerusform>%1 images ; %n problèmes, listés dans l&apos;onglet Problèmes. Ajoutez-le tel quel, ou corrigez d&apos;abord les fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 images, no problem found.</source>
        <translation>%1 images, aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>The table&apos;s first rows, read with the delimiter chosen</source>
        <translation>Les premières lignes de la table, lues avec le séparateur choisi</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>Choose the dataset&apos;s folder.</source>
        <translation>Choisissez le dossier du jeu de données.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>C&apos;est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>cxrfair::AgeBins</name>
    <message>
        <source>age bins need at least one edge</source>
        <translation>les tranches d&apos;âge demandent au moins une borne</translation>
    </message>
    <message>
        <source>age bin edges must be finite ages</source>
        <translation>les bornes des tranches d&apos;âge doivent être des âges finis</translation>
    </message>
    <message>
        <source>age bin edges must increase</source>
        <translation>les bornes des tranches d&apos;âge doivent croître</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age</source>
        <translation>« %1 » n&apos;est pas un âge</translation>
    </message>
</context>
<context>
    <name>cxrfair::AnalysisViews</name>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>%1 (%2): %3, label %4</source>
        <translation>%1 (%2) : %3, étiquette %4</translation>
    </message>
    <message>
        <source>Subgroup AUC</source>
        <translation>AUC par sous-groupe</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>ROC and Threshold</source>
        <translation>ROC et seuil</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Représentations</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>PCA selection</source>
        <translation>Sélection dans l&apos;ACP</translation>
    </message>
    <message>
        <source>%1, %2, %3 = %4</source>
        <translation>%1, %2, %3 = %4</translation>
    </message>
    <message>
        <source>Subgroup AUC (comparison)</source>
        <translation>AUC par sous-groupe (comparaison)</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>Prompt Sensitivity</source>
        <translation>Sensibilité aux prompts</translation>
    </message>
    <message>
        <source>Fairness Summary</source>
        <translation>Synthèse d&apos;équité</translation>
    </message>
</context>
<context>
    <name>cxrfair::AttributeCountsModel</name>
    <message>
        <source>(missing)</source>
        <translation>(manquant)</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>cxrfair::AuditPreset</name>
    <message>
        <source>unknown preset &apos;%1&apos; (%2)</source>
        <translation>préréglage inconnu « %1 » (%2)</translation>
    </message>
    <message>
        <source>the preset needs a MIMIC-CXR or an NIH-CXR14 folder</source>
        <translation>le préréglage demande un dossier MIMIC-CXR ou NIH-CXR14</translation>
    </message>
    <message>
        <source>the preset needs at least one model</source>
        <translation>le préréglage demande au moins un modèle</translation>
    </message>
</context>
<context>
    <name>cxrfair::AuditReport</name>
    <message>
        <source>patients, all images of a patient together,</source>
        <translation>patients, toutes les images d&apos;un patient ensemble,</translation>
    </message>
    <message>
        <source>images, positives and negatives separately,</source>
        <translation>images, positifs et négatifs séparément,</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>%1 (model bundle SHA-256 %2)</source>
        <translation>%1 (paquet de modèle SHA-256 %2)</translation>
    </message>
    <message numerus="yes">
        <source>We audited %n CLIP-based model(s), %1, with cxrfair %2.</source>
        <translation>
            <numerusform>Nous avons audité %n modèle basé sur CLIP, %1, avec cxrfair %2.</numerusform>
            <numerusform>Nous avons audité %n modèles basés sur CLIP, %1, avec cxrfair %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2)</source>
        <translation>%1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 images of %4 patients, read from %5. Views: %6; splits: %7; uncertain labels: %8; blank labels: %9; age groups %10.</source>
        <translation>%1 (%2) : %3 images de %4 patients, lues dans %5. Vues : %6 ; répartitions : %7 ; étiquettes incertaines : %8 ; étiquettes vides : %9 ; tranches d&apos;âge %10.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Conditions: %1.</source>
        <translation>Pathologies : %1.</translation>
    </message>
    <message>
        <source>Each image was encoded once per model; a condition&apos;s zero-shot score is sigmoid(T (v.t+ - v.t-)) with the model&apos;s logit scale T, the positive prompt(s) &quot;%1&quot; and the negative prompt(s) &quot;%2&quot;.</source>
        <translation>Chaque image a été encodée une fois par modèle ; le score zero-shot d&apos;une pathologie est sigmoid(T (v.t+ - v.t-)) avec l&apos;échelle de logit T du modèle, le ou les prompts positifs « %1 » et le ou les prompts négatifs « %2 ».</translation>
    </message>
    <message>
        <source>AUCs are given with %1% percentile bootstrap intervals over %2 resamples of %3 with seed %4, and DeLong intervals; each group is tested against the rest with Holm&apos;s correction. Groups with fewer than %5 positives or negatives are flagged and left out of the gaps. Operating thresholds were chosen by the rule %6 on a validation part of 20% of the patients and the rates reported on the others; calibration uses %7 equal-width bins.</source>
        <translation>Les AUC sont données avec des intervalles bootstrap percentiles à %1% sur %2 rééchantillonnages de %3 avec la graine %4, et des intervalles de DeLong ; chaque groupe est testé contre le reste avec la correction de Holm. Les groupes de moins de %5 positifs ou négatifs sont signalés et écartés des écarts. Les seuils de fonctionnement ont été choisis par la règle %6 sur une partie de validation de 20 % des patients et les taux rapportés sur les autres ; la calibration utilise %7 classes de même largeur.</translation>
    </message>
    <message>
        <source>The image embeddings were projected on two principal components (centred, unscaled), and logistic probes predicted %1 from them with an 80/20 split by patient (C chosen on 20% of the training patients), scored by the macro one-vs-rest AUC.</source>
        <translation>Les embeddings d&apos;images ont été projetés sur deux composantes principales (centrées, non réduites), et des sondes logistiques y ont prédit %1 avec une répartition 80/20 par patient (C choisi sur 20 % des patients d&apos;entraînement), évaluées par l&apos;AUC macro un-contre-tous.</translation>
    </message>
    <message>
        <source>cxrfair audit report</source>
        <translation>rapport d&apos;audit cxrfair</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>%1 images of %2 patients.</source>
        <translation>%1 images de %2 patients.</translation>
    </message>
    <message>
        <source>AUC on all images (95% bootstrap interval)</source>
        <translation>AUC sur toutes les images (intervalle bootstrap à 95 %)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Gaps between groups</source>
        <translation>Écarts entre groupes</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>AUC gap [interval]</source>
        <translation>Écart d&apos;AUC [intervalle]</translation>
    </message>
    <message>
        <source>Worst group</source>
        <translation>Pire groupe</translation>
    </message>
    <message>
        <source>Worst AUC</source>
        <translation>Pire AUC</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Attribute probes on the image embeddings</source>
        <translation>Sondes d&apos;attributs sur les embeddings d&apos;images</translation>
    </message>
    <message>
        <source>Macro AUC [interval]</source>
        <translation>AUC macro [intervalle]</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Hasard</translation>
    </message>
    <message>
        <source>Shortcut: %1 with and without %2</source>
        <translation>Raccourci : %1 avec et sans %2</translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation>Sans %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <source>Tags (devices and acquisition, not findings) were scored zero-shot from the stored image embeddings as conditions are, each with its positive and negative prompts; a tag is given to the %1% of images that score highest unless a threshold is set, and is then an attribute like any other. Where the dataset annotates the same thing, the tag&apos;s AUC against that annotation is given with its patient bootstrap interval.</source>
        <translation>Les étiquettes (dispositifs et acquisition, pas des observations) ont été scorées en zero-shot à partir des embeddings d&apos;images stockés, comme les conditions, chacune avec ses prompts positifs et négatifs ; une étiquette est donnée aux %1 % d&apos;images au score le plus élevé sauf si un seuil est fixé, puis elle est un attribut comme un autre. Quand le jeu de données annote la même chose, l&apos;AUC de l&apos;étiquette contre cette annotation est donnée avec son intervalle bootstrap par patient.</translation>
    </message>
    <message>
        <source>Slices were searched on half of the patients (a seeded hash) and every figure about them is computed on the other half: the embeddings were reduced by PCA, a mixture of Gaussians with the score&apos;s rank (Domino&apos;s error-aware mixture) fitted to each class, and the %1 components with the lowest AUC difference kept. A slice&apos;s AUC counts the pairs of a positive and a negative of which at least one is in the slice; the difference with the other pairs has a patient bootstrap interval and a permutation p-value.</source>
        <translation>Les tranches ont été cherchées sur la moitié des patients (un hachage avec graine) et chaque chiffre les concernant est calculé sur l&apos;autre moitié : les embeddings ont été réduits par ACP, un mélange de gaussiennes avec le rang du score (le mélange sensible aux erreurs de Domino) ajusté à chaque classe, et les %1 composantes à la plus faible différence d&apos;AUC retenues. L&apos;AUC d&apos;une tranche compte les paires d&apos;un positif et d&apos;un négatif dont au moins un est dans la tranche ; la différence avec les autres paires a un intervalle bootstrap par patient et une p-valeur par permutation.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Images tagged</source>
        <translation>Images étiquetées</translation>
    </message>
    <message>
        <source>AUC against the annotation [interval]</source>
        <translation>AUC contre l&apos;annotation [intervalle]</translation>
    </message>
    <message>
        <source>%1: slices where the model does worst (held-out half)</source>
        <translation>%1 : tranches où le modèle est le plus mauvais (moitié réservée)</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Images (positives)</source>
        <translation>Images (positives)</translation>
    </message>
    <message>
        <source>AUC, rest</source>
        <translation>AUC, reste</translation>
    </message>
    <message>
        <source>Difference [interval]</source>
        <translation>Différence [intervalle]</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Prompt sensitivity: every condition&apos;s AUC, overall and per group, was computed again from the stored embeddings under the study&apos;s prompts, CheXzero&apos;s (&quot;{condition}&quot; against &quot;no {condition}&quot;) and three phrasings of each condition against a matching normal phrase (synonyms-1 to synonyms-3); a set whose AUC over all images is below 0.5 is marked inverted. The AUCs are in prompt-sensitivity.csv.</source>
        <translation>Sensibilité aux prompts : l&apos;AUC de chaque condition, globale et par groupe, a été recalculée à partir des embeddings stockés avec les prompts de l&apos;étude, ceux de CheXzero (« {condition} » contre « no {condition} ») et trois formulations de chaque condition contre une phrase normale correspondante (synonyms-1 à synonyms-3) ; un ensemble dont l&apos;AUC sur toutes les images est inférieure à 0,5 est marqué inversé. Les AUC sont dans prompt-sensitivity.csv.</translation>
    </message>
    <message>
        <source>%1: prompt sensitivity</source>
        <translation>%1 : sensibilité aux prompts</translation>
    </message>
    <message>
        <source>AUC on all images under each prompt set; a gap that changes size or worst group with the words is not a finding.</source>
        <translation>AUC sur toutes les images avec chaque ensemble de prompts ; un écart dont la taille ou le pire groupe change avec les mots n&apos;est pas un résultat.</translation>
    </message>
    <message>
        <source>Gap across sets</source>
        <translation>Écart selon les ensembles</translation>
    </message>
    <message>
        <source>Worst group changes</source>
        <translation>Le pire groupe change</translation>
    </message>
    <message>
        <source>(inverted)</source>
        <translation>(inversé)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Worst groups, gaps and ES-AUC</source>
        <translation>Pires groupes, écarts et ES-AUC</translation>
    </message>
    <message>
        <source>Over the groups with enough evidence: at least the minimum of images with and without the condition and a bootstrap interval at most %1 wide. The bias-corrected gap is 2 x gap - the mean of the bootstrap gaps (a maximum minus a minimum of noisy estimates is too large); ES-AUC = AUC / (1 + the sum of |AUC of a group - AUC|). All rows are in summary.csv.</source>
        <translation>Sur les groupes aux preuves suffisantes : au moins le minimum d&apos;images avec et sans la pathologie et un intervalle bootstrap d&apos;au plus %1 de large. L&apos;écart corrigé du biais vaut 2 x écart - la moyenne des écarts bootstrap (un maximum moins un minimum d&apos;estimations bruitées est trop grand) ; ES-AUC = AUC / (1 + la somme des |AUC d&apos;un groupe - AUC|). Toutes les lignes sont dans summary.csv.</translation>
    </message>
    <message>
        <source>Worst AUC [interval]</source>
        <translation>Pire AUC [intervalle]</translation>
    </message>
    <message>
        <source>Gap [interval]</source>
        <translation>Écart [intervalle]</translation>
    </message>
    <message>
        <source>Bias-corrected gap</source>
        <translation>Écart corrigé du biais</translation>
    </message>
    <message>
        <source>ES-AUC</source>
        <translation>ES-AUC</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
    <message>
        <source>Cross-group AUC</source>
        <translation>AUC croisée entre groupes</translation>
    </message>
    <message>
        <source>xAUC(a, b) is the chance that a positive of a scores above a negative of b (Kallus and Zhou, 2019); the disparity xAUC(a, b) - xAUC(b, a) shows one group&apos;s positives ranked below the other&apos;s negatives. %1 of %2 pairs have a disparity whose interval leaves out 0; the largest %3 are here, every pair in xauc.csv.</source>
        <translation>xAUC(a, b) est la probabilité qu&apos;un positif de a soit noté au-dessus d&apos;un négatif de b (Kallus et Zhou, 2019) ; la disparité xAUC(a, b) - xAUC(b, a) montre les positifs d&apos;un groupe classés sous les négatifs de l&apos;autre. %1 paires sur %2 ont une disparité dont l&apos;intervalle exclut 0 ; les %3 plus grandes sont ici, toutes les paires dans xauc.csv.</translation>
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
        <translation>Disparité [intervalle]</translation>
    </message>
    <message>
        <source>Gaps after matching on covariates</source>
        <translation>Écarts après appariement sur des covariables</translation>
    </message>
    <message>
        <source>Each group&apos;s images reweighted to the same joint distribution of the covariates and the same prevalence as the groups pooled; a gap that shrinks after matching is explained by them. Images in cells that a group lacks are left out. The matched AUCs are in metrics.csv (adjusted = matched).</source>
        <translation>Les images de chaque groupe repondérées vers la même distribution conjointe des covariables et la même prévalence que les groupes réunis ; un écart qui diminue après appariement s&apos;explique par elles. Les images des cellules qu&apos;un groupe n&apos;a pas sont exclues. Les AUC appariées sont dans metrics.csv (adjusted = matched).</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>Apparié sur</translation>
    </message>
    <message>
        <source>Gap before [interval]</source>
        <translation>Écart avant [intervalle]</translation>
    </message>
    <message>
        <source>Gap after [interval]</source>
        <translation>Écart après [intervalle]</translation>
    </message>
    <message>
        <source>Images left out</source>
        <translation>Images exclues</translation>
    </message>
    <message>
        <source>Representation shift between groups</source>
        <translation>Décalage de représentation entre groupes</translation>
    </message>
    <message>
        <source>The unbiased squared maximum mean discrepancy between two groups&apos; image embeddings (Gaussian kernel, bandwidth the median distance), with a p-value from 1,000 permutations of at most 1,000 images per group: a small p says the groups&apos; images lie apart in embedding space.</source>
        <translation>Le carré non biaisé de l&apos;écart moyen maximal (MMD) entre les représentations des images de deux groupes (noyau gaussien, largeur la distance médiane), avec une p-valeur par 1 000 permutations d&apos;au plus 1 000 images par groupe : un petit p signifie que les images des groupes sont éloignées dans l&apos;espace des représentations.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>MMD²</source>
        <translation>MMD²</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Reproduction of the published results</source>
        <translation>Reproduction des résultats publiés</translation>
    </message>
    <message>
        <source>Each row of Sourget et al. (FAIMI 2025) that this dataset&apos;s metrics match, next to cxrfair&apos;s value: %1 of %2 intervals overlap. The rows are in reproduction.csv.</source>
        <translation>Chaque ligne de Sourget et al. (FAIMI 2025) que les métriques de ce jeu de données retrouvent, à côté de la valeur de cxrfair : %1 intervalles sur %2 se chevauchent. Les lignes sont dans reproduction.csv.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Published [interval]</source>
        <translation>Publié [intervalle]</translation>
    </message>
    <message>
        <source>cxrfair [interval]</source>
        <translation>cxrfair [intervalle]</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Intervals overlap</source>
        <translation>Intervalles chevauchants</translation>
    </message>
</context>
<context>
    <name>cxrfair::AuditRun</name>
    <message>
        <source>%1: problem: %2</source>
        <translation>%1 : problème : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) could not be read (listed in %2)</source>
        <translation>
            <numerusform>%1 : %n image illisible (listée dans %2)</numerusform>
            <numerusform>%1 : %n images illisibles (listées dans %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: %3 images encoded, %4 reused from the store</source>
        <translation>%1 : %2 : %3 images encodées, %4 réutilisées du stockage</translation>
    </message>
    <message>
        <source>%1: no embedding analysis: %2</source>
        <translation>%1 : pas d&apos;analyse des embeddings : %2</translation>
    </message>
    <message>
        <source>%1: drawing the figures</source>
        <translation>%1 : tracé des figures</translation>
    </message>
    <message>
        <source>%1: AUC by %2</source>
        <translation>%1 : AUC par %2</translation>
    </message>
    <message>
        <source>AUC per condition and %1 group with 95% bootstrap intervals; the dashed line is the AUC on all images; hatched groups are too small to judge.</source>
        <translation>AUC par pathologie et groupe de %1 avec intervalles bootstrap à 95 % ; la ligne pointillée est l&apos;AUC sur toutes les images ; les groupes hachurés sont trop petits pour juger.</translation>
    </message>
    <message>
        <source>%1: PCA coloured by %2</source>
        <translation>%1 : ACP colorée par %2</translation>
    </message>
    <message>
        <source>The image embeddings on their first two principal components.</source>
        <translation>Les embeddings d&apos;images sur leurs deux premières composantes principales.</translation>
    </message>
    <message>
        <source>%1: attribute probes</source>
        <translation>%1 : sondes d&apos;attributs</translation>
    </message>
    <message>
        <source>Macro AUC of a logistic probe predicting each attribute from the image embeddings (80/20 split by patient), with intervals and the chance level.</source>
        <translation>AUC macro d&apos;une sonde logistique prédisant chaque attribut à partir des embeddings d&apos;images (répartition 80/20 par patient), avec intervalles et niveau du hasard.</translation>
    </message>
    <message>
        <source>%1: reading the cohort in %2</source>
        <translation>%1 : lecture de la cohorte dans %2</translation>
    </message>
    <message>
        <source>no model to audit</source>
        <translation>aucun modèle à auditer</translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation>impossible de créer le dossier de sortie</translation>
    </message>
    <message>
        <source>cancelled; what was finished is kept in %1</source>
        <translation>annulé ; ce qui était terminé est conservé dans %1</translation>
    </message>
    <message>
        <source>Shortcut: %1 with and without %2</source>
        <translation>Raccourci : %1 avec et sans %2</translation>
    </message>
    <message>
        <source>AUC on all images, on positives without %1 and on positives with %1 (each against all negatives), with 95% bootstrap intervals.</source>
        <translation>AUC sur toutes les images, sur les positifs sans %1 et sur les positifs avec %1 (chacun contre tous les négatifs), avec intervalles bootstrap à 95 %.</translation>
    </message>
    <message>
        <source>%1: no published tables for this dataset in %2</source>
        <translation>%1 : pas de tables publiées pour ce jeu de données dans %2</translation>
    </message>
    <message>
        <source>no comparison with the published results: %1</source>
        <translation>pas de comparaison avec les résultats publiés : %1</translation>
    </message>
    <message>
        <source>Models on accuracy and fairness by %1</source>
        <translation>Modèles selon la performance et l&apos;équité par %1</translation>
    </message>
    <message>
        <source>Each model&apos;s AUC on all images against the AUC of its worst %1 group (among the groups with enough evidence), with 95% bootstrap intervals, one panel per condition; filled points are on the Pareto front, the dashed diagonal is a worst group as good as all images.</source>
        <translation>L&apos;AUC de chaque modèle sur toutes les images contre l&apos;AUC de son pire groupe de %1 (parmi les groupes aux preuves suffisantes), avec intervalles bootstrap à 95 %, un panneau par pathologie ; les points pleins sont sur le front de Pareto, la diagonale en tirets est un pire groupe aussi bon que toutes les images.</translation>
    </message>
    <message>
        <source>no comparison with the published results: no folder %1</source>
        <translation>pas de comparaison avec les résultats publiés : pas de dossier %1</translation>
    </message>
    <message>
        <source>no published result matches this dataset&apos;s models (the published ones: %1): name them with --published-map, or in the configuration&apos;s &quot;published&quot;: {&quot;models&quot;: {...}}</source>
        <translation>aucun résultat publié ne correspond aux modèles de ce jeu de données (les modèles publiés : %1) : nommez-les avec --published-map, ou dans &quot;published&quot;: {&quot;models&quot;: {...}} de la configuration</translation>
    </message>
</context>
<context>
    <name>cxrfair::AuditSettings</name>
    <message>
        <source>a non-negative whole number</source>
        <translation>un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>a level between 0 and 1, e.g. 0.95</source>
        <translation>un niveau entre 0 et 1, par ex. 0.95</translation>
    </message>
    <message>
        <source>patient, image or label</source>
        <translation>patient, image ou label</translation>
    </message>
    <message>
        <source>left out: &quot;bootstrap&quot; gives the resamples already</source>
        <translation>omis : « bootstrap » donne déjà les rééchantillonnages</translation>
    </message>
    <message>
        <source>a width above 0 and at most 1, e.g. 0.2</source>
        <translation>une largeur supérieure à 0 et d&apos;au plus 1, par exemple 0.2</translation>
    </message>
    <message>
        <source>an object with &quot;folder&quot; and &quot;models&quot;</source>
        <translation>un objet avec &quot;folder&quot; et &quot;models&quot;</translation>
    </message>
    <message>
        <source>published model names mapped to the audit&apos;s model names, e.g. {&quot;chexzero&quot;: &quot;CheXzero&quot;}</source>
        <translation>des noms de modèles publiés associés aux noms des modèles de l&apos;audit, par exemple {&quot;chexzero&quot;: &quot;CheXzero&quot;}</translation>
    </message>
</context>
<context>
    <name>cxrfair::ChartExport</name>
    <message>
        <source>cxrfair figure</source>
        <translation>figure cxrfair</translation>
    </message>
    <message>
        <source>figures are written as .png, .svg or .pdf, not &apos;.%1&apos;</source>
        <translation>les figures s&apos;écrivent en .png, .svg ou .pdf, pas en « .%1 »</translation>
    </message>
    <message>
        <source>cannot write the figure</source>
        <translation>impossible d&apos;écrire la figure</translation>
    </message>
    <message>
        <source>there is no chart to export</source>
        <translation>aucun graphique à exporter</translation>
    </message>
</context>
<context>
    <name>cxrfair::ChartFigures</name>
    <message>
        <source>the embeddings of %1 have no column &apos;%2&apos;</source>
        <translation>les embeddings de %1 n&apos;ont pas de colonne « %2 »</translation>
    </message>
    <message>
        <source>cxrfair audit report</source>
        <translation>rapport d&apos;audit cxrfair</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>impossible d&apos;écrire le PDF</translation>
    </message>
    <message>
        <source>no metrics to draw</source>
        <translation>aucune métrique à dessiner</translation>
    </message>
</context>
<context>
    <name>cxrfair::ChexpertReader</name>
    <message>
        <source>dataset folder not found</source>
        <translation>dossier du jeu de données introuvable</translation>
    </message>
    <message>
        <source>no CheXpert table (train.csv, valid.csv) in this folder</source>
        <translation>aucune table CheXpert (train.csv, valid.csv) dans ce dossier</translation>
    </message>
    <message>
        <source>no demographics table (CHEXPERT DEMO saved as CSV): race is missing</source>
        <translation>aucune table démographique (CHEXPERT DEMO enregistrée en CSV) : l&apos;origine ethnique manque</translation>
    </message>
    <message>
        <source>the label columns differ from those of %1</source>
        <translation>les colonnes d&apos;étiquettes diffèrent de celles de %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>empty image path</source>
        <translation>chemin d&apos;image vide</translation>
    </message>
    <message>
        <source>no patient id (patientNNNNN) in the path</source>
        <translation>aucun identifiant de patient (patientNNNNN) dans le chemin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age</source>
        <translation>« %1 » n&apos;est pas un âge</translation>
    </message>
    <message>
        <source>impossible age %1; kept as missing</source>
        <translation>âge impossible %1 ; conservé comme manquant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sex</source>
        <translation>« %1 » n&apos;est pas un sexe</translation>
    </message>
    <message>
        <source>1.0, 0.0, -1.0 or empty</source>
        <translation>1.0, 0.0, -1.0 ou vide</translation>
    </message>
</context>
<context>
    <name>cxrfair::ClipBpeTokenizer</name>
    <message>
        <source>the context length must be at least 2 (start and end tokens)</source>
        <translation>la longueur de contexte doit valoir au moins 2 (jetons de début et de fin)</translation>
    </message>
    <message>
        <source>not a CLIP BPE merges file: %1 lines where CLIP needs %2</source>
        <translation>pas un fichier de fusions CLIP BPE : %1 lignes là où CLIP en demande %2</translation>
    </message>
    <message>
        <source>not a merge (&apos;left right&apos;): &apos;%1&apos;</source>
        <translation>pas une fusion (« gauche droite ») : « %1 »</translation>
    </message>
</context>
<context>
    <name>cxrfair::Cohort</name>
    <message>
        <source>checking image files</source>
        <translation>vérification des fichiers d&apos;images</translation>
    </message>
    <message>
        <source>the reader produced columns of different lengths</source>
        <translation>le lecteur a produit des colonnes de longueurs différentes</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>image file not found: %1</source>
        <translation>fichier d&apos;image introuvable : %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>this cohort has no drain annotations</source>
        <translation>cette cohorte n&apos;a pas d&apos;annotations de drains</translation>
    </message>
    <message>
        <source>unknown attribute &apos;%1&apos; (this cohort has: %2)</source>
        <translation>attribut inconnu « %1 » (cette cohorte a : %2)</translation>
    </message>
    <message>
        <source>the intersection has too many groups</source>
        <translation>l&apos;intersection a trop de groupes</translation>
    </message>
    <message>
        <source>no image is in the split &apos;%1&apos;; the splits of this dataset are: %2 (or all)</source>
        <translation>aucune image n&apos;est dans la partition « %1 » ; les partitions de ce jeu de données sont : %2 (ou all)</translation>
    </message>
</context>
<context>
    <name>cxrfair::CohortSettings</name>
    <message>
        <source>drop, negative or positive</source>
        <translation>drop, negative ou positive</translation>
    </message>
    <message>
        <source>a list of ages in years, e.g. [18, 25, 50]</source>
        <translation>une liste d&apos;âges en années, par ex. [18, 25, 50]</translation>
    </message>
    <message>
        <source>a list of intersections, each a list of at least two attributes</source>
        <translation>une liste d&apos;intersections, chacune une liste d&apos;au moins deux attributs</translation>
    </message>
</context>
<context>
    <name>cxrfair::CohortSettingsEditor</name>
    <message>
        <source>Drop (unknown)</source>
        <translation>Écarter (inconnu)</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Leave out rows whose image file is missing</source>
        <translation>Écarter les lignes dont le fichier image manque</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Study defaults</source>
        <translation>Valeurs de l&apos;étude</translation>
    </message>
    <message>
        <source>all splits</source>
        <translation>toutes les partitions</translation>
    </message>
    <message>
        <source>Comma-separated: train, validate, test (MIMIC), train_val, test (NIH), train, valid (CheXpert)</source>
        <translation>Séparées par des virgules : train, validate, test (MIMIC), train_val, test (NIH), train, valid (CheXpert)</translation>
    </message>
    <message>
        <source>all views</source>
        <translation>toutes les vues</translation>
    </message>
    <message>
        <source>Comma-separated view positions: PA, AP, LATERAL</source>
        <translation>Positions de vue séparées par des virgules : PA, AP, LATERAL</translation>
    </message>
    <message>
        <source>What an uncertain label (-1.0 in CheXpert-style tables) counts as</source>
        <translation>Ce que vaut une étiquette incertaine (-1.0 dans les tables de type CheXpert)</translation>
    </message>
    <message>
        <source>What a condition the report does not mention counts as (the study: negative)</source>
        <translation>Ce que vaut une pathologie que le compte rendu ne mentionne pas (l&apos;étude : négatif)</translation>
    </message>
    <message>
        <source>Ascending bin edges in years; ages below the first edge form their own group</source>
        <translation>Bornes croissantes en années ; les âges sous la première borne forment leur propre groupe</translation>
    </message>
    <message>
        <source>e.g. sex:age, sex:race</source>
        <translation>p. ex. sex:age, sex:race</translation>
    </message>
    <message>
        <source>Attribute intersections to count, comma-separated</source>
        <translation>Croisements d&apos;attributs à compter, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Splits:</source>
        <translation>&amp;Partitions :</translation>
    </message>
    <message>
        <source>&amp;Views:</source>
        <translation>&amp;Vues :</translation>
    </message>
    <message>
        <source>&amp;Uncertain labels:</source>
        <translation>Étiquettes &amp;incertaines :</translation>
    </message>
    <message>
        <source>&amp;Blank labels:</source>
        <translation>Étiquettes &amp;vides :</translation>
    </message>
    <message>
        <source>&amp;Age bins:</source>
        <translation>Tranches d&apos;&amp;âge :</translation>
    </message>
    <message>
        <source>&amp;Intersections:</source>
        <translation>&amp;Croisements :</translation>
    </message>
    <message>
        <source>Age bins: %1</source>
        <translation>Tranches d&apos;âge : %1</translation>
    </message>
    <message>
        <source>Intersections: &apos;%1&apos; needs two attributes, e.g. sex:age</source>
        <translation>Croisements : « %1 » demande deux attributs, p. ex. sex:age</translation>
    </message>
    <message>
        <source>&amp;Apply (fix: %1)</source>
        <translation>&amp;Appliquer (à corriger : %1)</translation>
    </message>
    <message>
        <source>&amp;Female group:</source>
        <translation>Groupe &amp;féminin :</translation>
    </message>
    <message>
        <source>&amp;Male group:</source>
        <translation>Groupe &amp;masculin :</translation>
    </message>
    <message>
        <source>Race groups</source>
        <translation>Groupes ethniques</translation>
    </message>
    <message>
        <source>The two sex groups need two different names</source>
        <translation>Les deux groupes de sexe demandent deux noms différents</translation>
    </message>
</context>
<context>
    <name>cxrfair::CohortSummaryView</name>
    <message>
        <source>&amp;Labels</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>%1 missing images, %2 invalid rows, %3 outside the split, %4 outside the views, %5 without labels</source>
        <translation>%1 images manquantes, %2 lignes invalides, %3 hors partition, %4 hors des vues, %5 sans étiquettes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt; images from &lt;b&gt;%4&lt;/b&gt; patients. Left out: %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt; images de &lt;b&gt;%4&lt;/b&gt; patients. Écartées : %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation>&amp;Problèmes (%1)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Audit CLIP-based chest X-ray models for fairness and robustness&lt;/h2&gt;&lt;p&gt;&lt;a href=&quot;cxrfair:demo&quot;&gt;Open the demo&lt;/a&gt; (synthetic data and a small model: nothing to download) &amp;nbsp;&amp;middot;&amp;nbsp; &lt;a href=&quot;cxrfair:tour&quot;&gt;Take the guided tour&lt;/a&gt; (F1)&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;cxrfair:open&quot;&gt;Open a dataset&lt;/a&gt; (Ctrl+O): a folder in a published layout (NIH ChestX-ray14, MIMIC-CXR, CheXpert) &amp;nbsp;&amp;middot;&amp;nbsp; &lt;a href=&quot;cxrfair:project&quot;&gt;Open a project&lt;/a&gt; (Ctrl+Shift+P)&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Auditer l&apos;équité et la robustesse des modèles CLIP pour la radiographie thoracique&lt;/h2&gt;&lt;p&gt;&lt;a href=&quot;cxrfair:demo&quot;&gt;Ouvrir la démo&lt;/a&gt; (données synthétiques et petit modèle : rien à télécharger) &amp;nbsp;&amp;middot;&amp;nbsp; &lt;a href=&quot;cxrfair:tour&quot;&gt;Suivre la visite guidée&lt;/a&gt; (F1)&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;cxrfair:open&quot;&gt;Ouvrir un jeu de données&lt;/a&gt; (Ctrl+O) : un dossier dans une organisation publiée (NIH ChestX-ray14, MIMIC-CXR, CheXpert) &amp;nbsp;&amp;middot;&amp;nbsp; &lt;a href=&quot;cxrfair:project&quot;&gt;Ouvrir un projet&lt;/a&gt; (Ctrl+Maj+P)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No dataset read yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun jeu de données lu pour le moment.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cxrfair::ColumnMapping</name>
    <message>
        <source>the column mapping needs &quot;table&quot; (the CSV file)</source>
        <translation>la correspondance de colonnes demande « table » (le fichier CSV)</translation>
    </message>
    <message>
        <source>the column mapping needs &quot;image&quot; (the image path column)</source>
        <translation>la correspondance de colonnes demande « image » (la colonne des chemins d&apos;images)</translation>
    </message>
    <message>
        <source>the column mapping needs &quot;labels&quot; (at least one condition)</source>
        <translation>la correspondance de colonnes demande « labels » (au moins une pathologie)</translation>
    </message>
    <message>
        <source>every label needs a condition name and a column</source>
        <translation>chaque étiquette demande un nom de pathologie et une colonne</translation>
    </message>
    <message>
        <source>a list of column names, or an object of names to columns</source>
        <translation>une liste de noms de colonnes, ou un objet associant des noms à des colonnes</translation>
    </message>
    <message>
        <source>&quot;,&quot;, &quot;;&quot; or a tab (&quot;\t&quot;)</source>
        <translation>« , », « ; » ou une tabulation (« \t »)</translation>
    </message>
</context>
<context>
    <name>cxrfair::ConditionCountsModel</name>
    <message>
        <source>Positives among the images whose label is known</source>
        <translation>Positifs parmi les images dont l&apos;étiquette est connue</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation>Prévalence</translation>
    </message>
</context>
<context>
    <name>cxrfair::CrossAucMatrixModel</name>
    <message>
        <source>%1 has no positive or %2 no negative</source>
        <translation>%1 n&apos;a pas de positif ou %2 pas de négatif</translation>
    </message>
    <message>
        <source>%1&apos;s own AUC: %2</source>
        <translation>AUC propre de %1 : %2</translation>
    </message>
    <message>
        <source>A positive of %1 scores above a negative of %2 with probability %3</source>
        <translation>Un positif de %1 est noté au-dessus d&apos;un négatif de %2 avec une probabilité de %3</translation>
    </message>
    <message>
        <source>Disparity against the reverse: %1 [%2, %3]%4</source>
        <translation>Disparité avec l&apos;inverse : %1 [%2, %3]%4</translation>
    </message>
    <message>
        <source>: the interval leaves out 0</source>
        <translation> : l&apos;intervalle exclut 0</translation>
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
        <translation>Positifs de %1</translation>
    </message>
    <message>
        <source>Negatives of %1</source>
        <translation>Négatifs de %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::CsvReader</name>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a table</source>
        <translation>est un dossier, pas une table</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>the file is empty: it has no header line</source>
        <translation>le fichier est vide : il n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>une colonne requise manque</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>erreur de lecture : %1</translation>
    </message>
    <message>
        <source>the compressed file is truncated or corrupt</source>
        <translation>le fichier compressé est tronqué ou corrompu</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>a record longer than %1 MB starts here (an unclosed quote, or not a CSV table?)</source>
        <translation>un enregistrement de plus de %1 Mo commence ici (guillemet non fermé, ou pas une table CSV ?)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a cut or broken line?)</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2 (ligne coupée ou abîmée ?)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>cxrfair::CsvWriter</name>
    <message>
        <source>cannot create the file</source>
        <translation>impossible de créer le fichier</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>impossible de créer le fichier : %1</translation>
    </message>
    <message>
        <source>writing failed (disk full?); the earlier file, if any, is kept</source>
        <translation>échec de l&apos;écriture (disque plein ?) ; le fichier précédent, s&apos;il existe, est conservé</translation>
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
        <translation>CSV générique</translation>
    </message>
    <message>
        <source>a dataset format: nih, mimic, chexpert or csv (not &apos;%1&apos;)</source>
        <translation>un format de jeu de données : nih, mimic, chexpert ou csv (pas « %1 »)</translation>
    </message>
</context>
<context>
    <name>cxrfair::DatasetViews</name>
    <message>
        <source>%1 - %2 images</source>
        <translation>%1 - %2 images</translation>
    </message>
    <message>
        <source>Embedding run: %1 images x %2 (%3)</source>
        <translation>Exécution d&apos;embeddings : %1 images x %2 (%3)</translation>
    </message>
    <message>
        <source>No embedding analysis: %1</source>
        <translation>Pas d&apos;analyse des embeddings : %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::DemoGenerator</name>
    <message>
        <source>no output folder given</source>
        <translation>aucun dossier de sortie donné</translation>
    </message>
    <message>
        <source>the demo needs at least one image</source>
        <translation>la démo demande au moins une image</translation>
    </message>
    <message>
        <source>the folder is not empty and holds no cxrfair demo; choose an empty folder (or --force to write the demo&apos;s nih/ and mimic/ folders into it)</source>
        <translation>le dossier n&apos;est pas vide et ne contient pas de démo cxrfair ; choisissez un dossier vide (ou --force pour écrire les dossiers nih/ et mimic/ de la démo dedans)</translation>
    </message>
    <message>
        <source>cannot remove the previous demo</source>
        <translation>impossible de supprimer la démo précédente</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>cannot write in the folder</source>
        <translation>impossible d&apos;écrire dans le dossier</translation>
    </message>
    <message>
        <source>cannot write the demo stamp</source>
        <translation>impossible d&apos;écrire le tampon de la démo</translation>
    </message>
    <message>
        <source>Rendering demo radiographs: %1 of %2</source>
        <translation>Rendu des radiographies de la démo : %1 sur %2</translation>
    </message>
    <message>
        <source>the demo makes at most %L1 images per dataset</source>
        <translation>la démo fait au plus %L1 images par jeu de données</translation>
    </message>
    <message>
        <source>the image size must be between 32 and 4096 pixels</source>
        <translation>la taille des images doit être comprise entre 32 et 4096 pixels</translation>
    </message>
</context>
<context>
    <name>cxrfair::DemoModel</name>
    <message>
        <source>the demo model needs at least 20 training images (MIMIC tree has %1)</source>
        <translation>le modèle de démo demande au moins 20 images d&apos;entraînement (l&apos;arborescence MIMIC en a %1)</translation>
    </message>
    <message>
        <source>the demo&apos;s MIMIC tree lacks a finding</source>
        <translation>il manque une pathologie à l&apos;arborescence MIMIC de la démo</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>the demo model&apos;s input size must be a multiple of %1 from %1 to 1024 pixels (got %2)</source>
        <translation>la taille d&apos;entrée du modèle de démo doit être un multiple de %1, de %1 à 1024 pixels (reçu %2)</translation>
    </message>
    <message>
        <source>the demo model&apos;s dimension must be from %1 to 4096 (got %2)</source>
        <translation>la dimension du modèle de démo doit aller de %1 à 4096 (reçu %2)</translation>
    </message>
</context>
<context>
    <name>cxrfair::DeviceTruth</name>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>cannot write the mask</source>
        <translation>impossible d&apos;écrire le masque</translation>
    </message>
</context>
<context>
    <name>cxrfair::DicomDecoder</name>
    <message>
        <source>not a readable DICOM file (%1)</source>
        <translation>pas un fichier DICOM lisible (%1)</translation>
    </message>
    <message>
        <source>the DICOM file has no pixel data</source>
        <translation>le fichier DICOM n&apos;a pas de données de pixels</translation>
    </message>
    <message>
        <source>the DICOM file lacks Rows, Columns or Bits Allocated</source>
        <translation>il manque au fichier DICOM Rows, Columns ou Bits Allocated</translation>
    </message>
    <message>
        <source>transfer syntax %1 (%2) is not supported: JPEG 2000 has no decoder in DCMTK; convert the file (e.g. with gdcmconv --raw) first</source>
        <translation>la syntaxe de transfert %1 (%2) n&apos;est pas prise en charge : DCMTK n&apos;a pas de décodeur JPEG 2000 ; convertissez d&apos;abord le fichier (par ex. avec gdcmconv --raw)</translation>
    </message>
    <message>
        <source>transfer syntax %1 (%2) is not supported</source>
        <translation>la syntaxe de transfert %1 (%2) n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>pixel data truncated: %1 of %2 bytes</source>
        <translation>données de pixels tronquées : %1 octets sur %2</translation>
    </message>
    <message>
        <source>DCMTK cannot decode the pixel data (%1)</source>
        <translation>DCMTK ne peut pas décoder les données de pixels (%1)</translation>
    </message>
    <message>
        <source>cannot convert the colour image to grayscale</source>
        <translation>impossible de convertir l&apos;image couleur en niveaux de gris</translation>
    </message>
    <message>
        <source>window 1 of %1 in the file</source>
        <translation>fenêtre 1 sur %1 du fichier</translation>
    </message>
    <message>
        <source>VOI LUT 1 in the file</source>
        <translation>VOI LUT 1 du fichier</translation>
    </message>
    <message>
        <source>min-max</source>
        <translation>min-max</translation>
    </message>
    <message>
        <source>DCMTK cannot render the pixel data (%1)</source>
        <translation>DCMTK ne peut pas rendre les données de pixels (%1)</translation>
    </message>
</context>
<context>
    <name>cxrfair::DicomWriter</name>
    <message>
        <source>pixel count does not match rows x columns x frames</source>
        <translation>le nombre de pixels ne correspond pas à lignes x colonnes x trames</translation>
    </message>
    <message>
        <source>DCMTK cannot compress this image as %1 (%2)</source>
        <translation>DCMTK ne peut pas compresser cette image en %1 (%2)</translation>
    </message>
    <message>
        <source>cannot write the DICOM file (%1)</source>
        <translation>impossible d&apos;écrire le fichier DICOM (%1)</translation>
    </message>
</context>
<context>
    <name>cxrfair::DiscoverySettings</name>
    <message>
        <source>&quot;%1.tags&quot; must be an object</source>
        <translation>« %1.tags » doit être un objet</translation>
    </message>
    <message>
        <source>&quot;%1.slices&quot; must be an object</source>
        <translation>« %1.slices » doit être un objet</translation>
    </message>
</context>
<context>
    <name>cxrfair::DisplayNames</name>
    <message>
        <source>age</source>
        <translation>âge</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>race</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>drain</source>
        <translation>drain</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>%1 (tag)</source>
        <translation>%1 (étiquette)</translation>
    </message>
</context>
<context>
    <name>cxrfair::EmbeddingAnalysis</name>
    <message numerus="yes">
        <source>the store holds %n embedded image(s) of this model; the analysis needs at least 3</source>
        <translation>
            <numerusform>le stockage contient %n image encodée de ce modèle ; l&apos;analyse en demande au moins 3</numerusform>
            <numerusform>le stockage contient %n images encodées de ce modèle ; l&apos;analyse en demande au moins 3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not recorded in this dataset</source>
        <translation>%1 : non enregistré dans ce jeu de données</translation>
    </message>
    <message>
        <source>Embedding analysis: PCA and attribute probes (%1 of %2)</source>
        <translation>Analyse des représentations : ACP et sondes d&apos;attributs (%1 sur %2)</translation>
    </message>
    <message>
        <source>%1: no representation shift: %2</source>
        <translation>%1 : pas de décalage de représentation : %2</translation>
    </message>
</context>
<context>
    <name>cxrfair::EmbeddingImport</name>
    <message>
        <source>no image id column (sample_id, dicom_id, Image Index, image_id, path or Path); name it</source>
        <translation>aucune colonne d&apos;identifiant d&apos;image (sample_id, dicom_id, Image Index, image_id, path ou Path) ; nommez-la</translation>
    </message>
    <message>
        <source>an empty image id</source>
        <translation>un identifiant d&apos;image vide</translation>
    </message>
    <message>
        <source>image &apos;%1&apos; is listed twice (first on line %2)</source>
        <translation>l&apos;image « %1 » figure deux fois (d&apos;abord à la ligne %2)</translation>
    </message>
    <message>
        <source>%1 rows of keys for %2 embeddings: the files must be aligned row for row</source>
        <translation>%1 lignes de clés pour %2 embeddings : les fichiers doivent être alignés ligne à ligne</translation>
    </message>
</context>
<context>
    <name>cxrfair::EmbeddingStore</name>
    <message>
        <source>cannot read the embedding store: %1</source>
        <translation>impossible de lire le stockage d&apos;embeddings : %1</translation>
    </message>
    <message>
        <source>not an embedding store segment (no model hash or dimension)</source>
        <translation>pas un segment de stockage d&apos;embeddings (pas d&apos;empreinte de modèle ni de dimension)</translation>
    </message>
    <message>
        <source>shard %1 of %2 does not exist</source>
        <translation>le fragment %1 sur %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot create the embedding store folder</source>
        <translation>impossible de créer le dossier du stockage d&apos;embeddings</translation>
    </message>
    <message>
        <source>the store segment holds another model (%1)</source>
        <translation>le segment du stockage contient un autre modèle (%1)</translation>
    </message>
    <message>
        <source>cannot cut off a torn record</source>
        <translation>impossible de couper un enregistrement tronqué</translation>
    </message>
    <message>
        <source>cannot write the embedding store: %1</source>
        <translation>impossible d&apos;écrire le stockage d&apos;embeddings : %1</translation>
    </message>
    <message>
        <source>embeddings do not match their keys</source>
        <translation>les embeddings ne correspondent pas à leurs clés</translation>
    </message>
    <message>
        <source>no embedding store here</source>
        <translation>aucun stockage d&apos;embeddings ici</translation>
    </message>
    <message>
        <source>the embedding store holds no embeddings yet</source>
        <translation>le stockage d&apos;embeddings ne contient encore aucun embedding</translation>
    </message>
    <message>
        <source>the store holds several models (%1): name one</source>
        <translation>le stockage contient plusieurs modèles (%1) : nommez-en un</translation>
    </message>
    <message>
        <source>the store holds no embeddings of this model (it has: %1)</source>
        <translation>le stockage ne contient aucun embedding de ce modèle (il a : %1)</translation>
    </message>
    <message>
        <source>cannot repair the embedding store: %1</source>
        <translation>impossible de réparer le magasin d&apos;embeddings : %1</translation>
    </message>
    <message>
        <source>cannot write the embedding store (is the disk full?): %1; what was stored is kept, and the next run goes on from there</source>
        <translation>impossible d&apos;écrire le magasin d&apos;embeddings (disque plein ?) : %1 ; ce qui est stocké est conservé, et la prochaine exécution reprend à partir de là</translation>
    </message>
    <message>
        <source>%1: the last %2 bytes are an incomplete record (a run was interrupted or is still writing)</source>
        <translation>%1 : les %2 derniers octets sont un enregistrement incomplet (une exécution a été interrompue ou écrit encore)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 bytes damaged at offset %3 (%n record(s) lost)</source>
        <translation>
            <numerusform>%1 : %2 octets endommagés à la position %3 (%n enregistrement perdu)</numerusform>
            <numerusform>%1 : %2 octets endommagés à la position %3 (%n enregistrements perdus)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::EmbeddingView</name>
    <message>
        <source>C&amp;olour by:</source>
        <translation>C&amp;ouleur selon :</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom (N)</source>
        <translation>Glisser pour déplacer, molette pour zoomer (N)</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Drag a rectangle to select images; Shift adds to the selection (R)</source>
        <translation>Tracez un rectangle pour sélectionner des images ; Maj ajoute à la sélection (R)</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <source>Draw around images to select them; Shift adds to the selection (L)</source>
        <translation>Entourez des images pour les sélectionner ; Maj ajoute à la sélection (L)</translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <source>Export PCA</source>
        <translation>Exporter l&apos;ACP</translation>
    </message>
    <message>
        <source>Export Probe</source>
        <translation>Exporter les sondes</translation>
    </message>
    <message>
        <source>PCA and probes</source>
        <translation>ACP et sondes</translation>
    </message>
    <message>
        <source>Select images in the scatter to compare them with the rest.</source>
        <translation>Sélectionnez des images dans le nuage pour les comparer au reste.</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Étiquette : %1</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score : %1</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected; comparing their AUCs with the rest...</source>
        <translation>
            <numerusform>%n image sélectionnée ; comparaison de son AUC avec le reste...</numerusform>
            <numerusform>%n images sélectionnées ; comparaison de leurs AUC avec le reste...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected. AUC of the selection and of the rest, per condition (95% intervals from 200 resamples; p compares the two):</source>
        <translation>
            <numerusform>%n image sélectionnée. AUC de la sélection et du reste, par pathologie (intervalles à 95 % sur 200 rééchantillonnages ; p compare les deux) :</numerusform>
            <numerusform>%n images sélectionnées. AUC de la sélection et du reste, par pathologie (intervalles à 95 % sur 200 rééchantillonnages ; p compare les deux) :</numerusform>
        </translation>
    </message>
    <message>
        <source>The selection was cleared: these embeddings have none of its images.</source>
        <translation>La sélection a été effacée : ces embeddings n&apos;ont aucune de ses images.</translation>
    </message>
    <message>
        <source>Each point is an image, placed by the first two principal components of its embedding (the axes say how much of the variance each shows). Colour it by an attribute to see whether groups separate. The bars beside it are probes: a classifier learns the attribute from the full embeddings on 80% of the patients and is tested on the other 20%. A macro AUC well above the dashed chance line (0.5) means the embeddings encode the attribute, even when the scatter looks mixed: two components show little of what the model keeps. The whiskers are 95% bootstrap intervals over the test patients; an interval that reaches 0.5 does not show that the attribute is encoded. Under the probes, the representation shift between each pair of groups: the maximum mean discrepancy (MMD²) between their embeddings, with a permutation p-value (1,000 relabellings of at most 1,000 images per group); a small p says the groups&apos; images are told apart in embedding space. Select images with the rectangle or lasso to see them and compare their AUCs with the rest.</source>
        <translation>Chaque point est une image, placée selon les deux premières composantes principales de sa représentation (les axes indiquent la part de variance de chacune). Colorez selon un attribut pour voir si les groupes se séparent. Les barres à côté sont des sondes : un classifieur apprend l&apos;attribut à partir des représentations complètes sur 80 % des patients et est testé sur les 20 % restants. Une AUC macro bien au-dessus de la ligne du hasard (0,5) signifie que les représentations encodent l&apos;attribut, même quand le nuage paraît mélangé : deux composantes montrent peu de ce que le modèle garde. Les moustaches sont des intervalles bootstrap à 95 % sur les patients de test ; un intervalle qui atteint 0,5 ne montre pas que l&apos;attribut est encodé. Sous les sondes, le décalage de représentation entre chaque paire de groupes : l&apos;écart moyen maximal (MMD²) entre leurs représentations, avec une p-valeur par permutations (1 000 réétiquetages d&apos;au plus 1 000 images par groupe) ; un petit p signifie que les images des groupes se distinguent dans l&apos;espace des représentations. Sélectionnez des images au rectangle ou au lasso pour les voir et comparer leurs AUC au reste.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>MMD²</source>
        <translation>MMD²</translation>
    </message>
    <message>
        <source>p (permutations)</source>
        <translation>p (permutations)</translation>
    </message>
    <message>
        <source>Representation shift: how far apart two groups&apos; images lie in embedding space (MMD²), and whether that is beyond chance (p)</source>
        <translation>Décalage de représentation : à quel point les images de deux groupes sont éloignées dans l&apos;espace des représentations (MMD²), et si c&apos;est au-delà du hasard (p)</translation>
    </message>
    <message>
        <source>%1 and %2 images</source>
        <translation>%1 et %2 images</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected. AUC of the selection and of the rest, per condition (p compares the two; intervals from 200 resamples follow):</source>
        <translation>
            <numerusform>%n image sélectionnée. AUC de la sélection et du reste, par condition (p compare les deux ; les intervalles de 200 rééchantillonnages suivent) :</numerusform>
            <numerusform>%n images sélectionnées. AUC de la sélection et du reste, par condition (p compare les deux ; les intervalles de 200 rééchantillonnages suivent) :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::Error</name>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;</source>
        <translation>colonne « %1 »</translation>
    </message>
    <message>
        <source> ... (%1 characters in all) ... </source>
        <translation> ... (%1 caractères en tout) ... </translation>
    </message>
</context>
<context>
    <name>cxrfair::ErrorMixture</name>
    <message>
        <source>the mixture needs at least two images per component (%1 images, %2 components)</source>
        <translation>le mélange demande au moins deux images par composante (%1 images, %2 composantes)</translation>
    </message>
    <message>
        <source>the mixture&apos;s inputs differ in length</source>
        <translation>les entrées du mélange n&apos;ont pas la même longueur</translation>
    </message>
</context>
<context>
    <name>cxrfair::ExportButton</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save or copy this figure and its numbers</source>
        <translation>Enregistrer ou copier cette figure et ses chiffres</translation>
    </message>
    <message>
        <source>Copy Figure</source>
        <translation>Copier la figure</translation>
    </message>
    <message>
        <source>Copy Data</source>
        <translation>Copier les données</translation>
    </message>
    <message>
        <source>&amp;Figure (PNG, SVG, PDF)...</source>
        <translation>&amp;Figure (PNG, SVG, PDF)...</translation>
    </message>
    <message>
        <source>&amp;Data (CSV)...</source>
        <translation>&amp;Données (CSV)...</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>Data as CSV (*.csv)</source>
        <translation>Données en CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>cxrfair::ExportModelDialog</name>
    <message>
        <source>&amp;Run the bundle on the selected dataset when it is made</source>
        <translation>&amp;Lancer le paquet sur le jeu de données sélectionné une fois fabriqué</translation>
    </message>
    <message>
        <source>&amp;Make Bundle</source>
        <translation>&amp;Fabriquer le paquet</translation>
    </message>
    <message>
        <source>Make a Model Bundle from Published Weights</source>
        <translation>Fabriquer un paquet de modèle à partir de poids publiés</translation>
    </message>
    <message>
        <source>cxrfair runs a model from a bundle. The model exporter makes one from the weights that the model&apos;s authors publish, with the preprocessing of the study. It needs Python 3 with PyTorch; docs/models.md says where each model&apos;s files come from.</source>
        <translation>cxrfair exécute un modèle à partir d&apos;un paquet. L&apos;exportateur de modèles en fabrique un à partir des poids que publient les auteurs du modèle, avec le prétraitement de l&apos;étude. Il lui faut Python 3 avec PyTorch ; docs/models.md indique d&apos;où viennent les fichiers de chaque modèle.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>File...</source>
        <translation>Fichier...</translation>
    </message>
    <message>
        <source>Folder...</source>
        <translation>Dossier...</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>&amp;Checkpoint:</source>
        <translation>&amp;Checkpoint :</translation>
    </message>
    <message>
        <source>&amp;Vocabulary:</source>
        <translation>&amp;Vocabulaire :</translation>
    </message>
    <message>
        <source>C&amp;onfiguration:</source>
        <translation>C&amp;onfiguration :</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Paquet :</translation>
    </message>
    <message>
        <source>when it is not beside the checkpoint</source>
        <translation>s&apos;il n&apos;est pas à côté du checkpoint</translation>
    </message>
    <message>
        <source>CXR-CLIP: the text model&apos;s config.json (optional)</source>
        <translation>CXR-CLIP : le config.json du modèle de texte (facultatif)</translation>
    </message>
    <message>
        <source>NAME.cxrmodel</source>
        <translation>NOM.cxrmodel</translation>
    </message>
    <message>
        <source>The exporter&apos;s messages appear here.</source>
        <translation>Les messages de l&apos;exportateur s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Choose the Vocabulary</source>
        <translation>Choisir le vocabulaire</translation>
    </message>
    <message>
        <source>Choose the Text Model&apos;s Configuration</source>
        <translation>Choisir la configuration du modèle de texte</translation>
    </message>
    <message>
        <source>No Python with PyTorch was found (Debian: apt install python3-torch python3-torchvision); the exporter will say what is missing.</source>
        <translation>Aucun Python avec PyTorch trouvé (Debian : apt install python3-torch python3-torchvision) ; l&apos;exportateur dira ce qui manque.</translation>
    </message>
    <message>
        <source>The MedCLIP weights folder (pytorch_model.bin) and Bio_ClinicalBERT&apos;s vocab.txt. Needs the medclip and transformers packages.</source>
        <translation>Le dossier des poids de MedCLIP (pytorch_model.bin) et le vocab.txt de Bio_ClinicalBERT. Il faut les paquets Python medclip et transformers.</translation>
    </message>
    <message>
        <source>The Hugging Face folder microsoft/BiomedVLP-CXR-BERT-specialized: image weights, text model and vocab.txt.</source>
        <translation>Le dossier Hugging Face microsoft/BiomedVLP-CXR-BERT-specialized : poids de l&apos;image, modèle de texte et vocab.txt.</translation>
    </message>
    <message>
        <source>The Hugging Face folder microsoft/BiomedVLP-BioViL-T: image weights, text model and vocab.txt.</source>
        <translation>Le dossier Hugging Face microsoft/BiomedVLP-BioViL-T : poids de l&apos;image, modèle de texte et vocab.txt.</translation>
    </message>
    <message>
        <source>The folder of the MedImageInsights release (medimageinsightmodel.py and 2024.09.27/). Needs the release&apos;s packages.</source>
        <translation>Le dossier de la publication MedImageInsights (medimageinsightmodel.py et 2024.09.27/). Il faut les paquets Python de la publication.</translation>
    </message>
    <message>
        <source>A CheXzero checkpoint (.pt) and CLIP&apos;s bpe_simple_vocab_16e6.txt.gz.</source>
        <translation>Un checkpoint CheXzero (.pt) et le bpe_simple_vocab_16e6.txt.gz de CLIP.</translation>
    </message>
    <message>
        <source>A CXR-CLIP ResNet-50 checkpoint (r50_*.tar), Bio_ClinicalBERT&apos;s vocab.txt and its config.json.</source>
        <translation>Un checkpoint CXR-CLIP ResNet-50 (r50_*.tar), le vocab.txt de Bio_ClinicalBERT et son config.json.</translation>
    </message>
    <message>
        <source>Choose the Model&apos;s Folder</source>
        <translation>Choisir le dossier du modèle</translation>
    </message>
    <message>
        <source>Choose the Checkpoint</source>
        <translation>Choisir le checkpoint</translation>
    </message>
    <message>
        <source>PyTorch checkpoints (*.pt *.pth *.bin *.tar *.ckpt);;All files (*)</source>
        <translation>Checkpoints PyTorch (*.pt *.pth *.bin *.tar *.ckpt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Write the Bundle As</source>
        <translation>Écrire le paquet sous</translation>
    </message>
    <message>
        <source>Model bundles (*.cxrmodel)</source>
        <translation>Paquets de modèle (*.cxrmodel)</translation>
    </message>
    <message>
        <source>Looking for Python and the model exporter...</source>
        <translation>Recherche de Python et de l&apos;exportateur de modèles...</translation>
    </message>
    <message>
        <source>The model exporter cannot run: see its message above.</source>
        <translation>L&apos;exportateur de modèles ne peut pas s&apos;exécuter : voir son message ci-dessus.</translation>
    </message>
    <message>
        <source>Choose the checkpoint file or folder.</source>
        <translation>Choisissez le fichier ou le dossier du checkpoint.</translation>
    </message>
    <message>
        <source>No file or folder %1.</source>
        <translation>Aucun fichier ni dossier %1.</translation>
    </message>
    <message>
        <source>Choose where to write the bundle.</source>
        <translation>Choisissez où écrire le paquet.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another bundle name.</source>
        <translation>%1 existe déjà : choisissez un autre nom de paquet.</translation>
    </message>
    <message>
        <source>Cancelled: no bundle was written.</source>
        <translation>Annulé : aucun paquet n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Impossible de lancer %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Making the bundle...</source>
        <translation>Fabrication du paquet...</translation>
    </message>
    <message>
        <source>The bundle is written.</source>
        <translation>Le paquet est écrit.</translation>
    </message>
</context>
<context>
    <name>cxrfair::FairnessSummaryView</name>
    <message>
        <source>Con&amp;dition:</source>
        <translation>Pat&amp;hologie :</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groupes :</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Fairness summary</source>
        <translation>Synthèse d&apos;équité</translation>
    </message>
    <message>
        <source>Each point is a model: across, its AUC on all images; up, the AUC of its worst group among those with enough evidence (at least 10 images with and without the condition and a 95% interval at most 0.2 wide). Both have their intervals as whiskers. Filled points are on the Pareto front: no other model is at least as good on both. On the dashed diagonal the worst group does as well as everyone. Below, the chosen model&apos;s gap between its best and worst groups, with its bias-corrected value (a gap between small groups is too large by chance; the bootstrap estimates by how much) and its equity-scaled AUC (ES-AUC: the AUC divided by one plus the groups&apos; summed distance to it). The matrix gives the cross-group AUC: how often a positive of the row&apos;s group scores above a negative of the column&apos;s group. Two groups with the same AUC can differ here when one group&apos;s scores run higher for everyone; a bold cell&apos;s difference with its mirror is beyond noise (its interval leaves out 0).</source>
        <translation>Chaque point est un modèle : en abscisse, son AUC sur toutes les images ; en ordonnée, l&apos;AUC de son pire groupe parmi ceux aux preuves suffisantes (au moins 10 images avec et sans la pathologie et un intervalle à 95 % d&apos;au plus 0,2 de large). Les deux ont leurs intervalles en moustaches. Les points pleins sont sur le front de Pareto : aucun autre modèle n&apos;est au moins aussi bon sur les deux. Sur la diagonale en tirets, le pire groupe fait aussi bien que tout le monde. En dessous, l&apos;écart du modèle choisi entre ses meilleur et pire groupes, avec sa valeur corrigée du biais (un écart entre petits groupes est trop grand par hasard ; le bootstrap estime de combien) et son AUC pondérée par l&apos;équité (ES-AUC : l&apos;AUC divisée par un plus la somme des distances des groupes à elle). La matrice donne l&apos;AUC croisée : la fréquence à laquelle un positif du groupe de la ligne est noté au-dessus d&apos;un négatif du groupe de la colonne. Deux groupes de même AUC peuvent différer ici quand les scores d&apos;un groupe sont plus hauts pour tous ; la différence d&apos;une cellule en gras avec son miroir dépasse le bruit (son intervalle exclut 0).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Cross-group AUC: a positive of the row&apos;s group against a negative of the column&apos;s</source>
        <translation>AUC croisée : un positif du groupe de la ligne contre un négatif de celui de la colonne</translation>
    </message>
    <message>
        <source>%1: fewer than two %2 groups have enough evidence to be compared.</source>
        <translation>%1 : moins de deux groupes de %2 ont assez de preuves pour être comparés.</translation>
    </message>
    <message>
        <source>%1: worst group %2, AUC %3 [%4, %5]. Gap %6 [%7, %8] over %9; bias-corrected %10. ES-AUC %11.</source>
        <translation>%1 : pire groupe %2, AUC %3 [%4, %5]. Écart %6 [%7, %8] sur %9 ; corrigé du biais %10. ES-AUC %11.</translation>
    </message>
    <message>
        <source>At the threshold: equal-opportunity difference %1, equalized-odds difference %2.</source>
        <translation>Au seuil : différence d&apos;égalité des chances %1, différence de chances égalisées %2.</translation>
    </message>
    <message>
        <source>No metrics yet: run a model on a dataset with labels.</source>
        <translation>Pas encore de métriques : lancez un modèle sur un jeu de données étiqueté.</translation>
    </message>
</context>
<context>
    <name>cxrfair::FigureExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <source>Single column (88 mm)</source>
        <translation>Une colonne (88 mm)</translation>
    </message>
    <message>
        <source>1.5 column (120 mm)</source>
        <translation>Une colonne et demie (120 mm)</translation>
    </message>
    <message>
        <source>Double column (180 mm)</source>
        <translation>Deux colonnes (180 mm)</translation>
    </message>
    <message>
        <source>Custom width</source>
        <translation>Largeur libre</translation>
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
        <translation>Graduations, titres d&apos;axes et légende ; le titre un point de plus. Les revues demandent 6 à 8 pt à la taille imprimée.</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur :</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur :</translation>
    </message>
    <message>
        <source>F&amp;ont:</source>
        <translation>&amp;Police :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>%1 x %2 mm, %3 at %4 pt%5</source>
        <translation>%1 x %2 mm, %3 en %4 pt%5</translation>
    </message>
    <message>
        <source>, %1 x %2 pixels</source>
        <translation>, %1 x %2 pixels</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>choose a file to write</source>
        <translation>choisissez un fichier à écrire</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>cxrfair::FigureSettings</name>
    <message>
        <source>figure setting &quot;%1&quot; must be %2</source>
        <translation>le réglage de figure « %1 » doit être %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>one of the known keys (%1), not an unknown one</source>
        <translation>l&apos;une des clés connues (%1), pas une clé inconnue</translation>
    </message>
    <message>
        <source>&quot;single&quot;, &quot;1.5&quot; or &quot;double&quot;</source>
        <translation>« single », « 1.5 » ou « double »</translation>
    </message>
    <message>
        <source>given without &quot;width_mm&quot; (one or the other)</source>
        <translation>donné sans « width_mm » (l’un ou l’autre)</translation>
    </message>
    <message>
        <source>a font family name</source>
        <translation>un nom de famille de police</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a list of png, svg and pdf, each once</source>
        <translation>une liste de png, svg et pdf, chacun une fois</translation>
    </message>
    <message>
        <source>a list that includes png: the report shows the PNG</source>
        <translation>une liste qui contient png : le rapport montre le PNG</translation>
    </message>
</context>
<context>
    <name>cxrfair::FileContents</name>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>ouverture impossible</translation>
    </message>
    <message>
        <source>not a readable gzip file: %1</source>
        <translation>pas un fichier gzip lisible : %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
    <message>
        <source>cannot write (is the disk full?): %1; the earlier file, if any, is kept</source>
        <translation>écriture impossible (disque plein ?) : %1 ; le fichier précédent, s&apos;il existe, est conservé</translation>
    </message>
</context>
<context>
    <name>cxrfair::GalleryView</name>
    <message>
        <source>Click a bar of the subgroup AUC chart, or select points in the PCA scatter, to see those images here.</source>
        <translation>Cliquez sur une barre du graphique d&apos;AUC par sous-groupe, ou sélectionnez des points dans le nuage de l&apos;ACP, pour voir ces images ici.</translation>
    </message>
    <message>
        <source>cannot decode</source>
        <translation>illisible</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s)</source>
        <translation>
            <numerusform>%1 : %n image</numerusform>
            <numerusform>%1 : %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>loading</source>
        <translation>chargement</translation>
    </message>
    <message>
        <source>no image file</source>
        <translation>pas de fichier image</translation>
    </message>
    <message>
        <source>The condition whose label and score the badges show</source>
        <translation>La pathologie dont les pastilles montrent l’étiquette et le score</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <source>Positives</source>
        <translation>Positifs</translation>
    </message>
    <message>
        <source>Negatives</source>
        <translation>Négatifs</translation>
    </message>
    <message>
        <source>Missed positives</source>
        <translation>Positifs manqués</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Fausses alertes</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>Dans l’ordre</translation>
    </message>
    <message>
        <source>Highest score first</source>
        <translation>Score le plus haut d’abord</translation>
    </message>
    <message>
        <source>Lowest score first</source>
        <translation>Score le plus bas d’abord</translation>
    </message>
    <message>
        <source>Largest error first</source>
        <translation>Plus grande erreur d’abord</translation>
    </message>
    <message>
        <source>A score at or above it is a positive call (0.5: the positive prompt is the nearer); it decides what is missed or a false alarm</source>
        <translation>Un score égal ou supérieur compte comme positif (0,5 : l’invite positive est la plus proche) ; il décide de ce qui est manqué ou fausse alerte</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Trier :</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>false alarm</source>
        <translation>fausse alerte</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop computing the maps; the images mapped so far keep their place</source>
        <translation>Arrêter le calcul des cartes ; les images déjà calculées gardent leur place</translation>
    </message>
    <message>
        <source>Most attribution inside the region first</source>
        <translation>Plus d&apos;attribution dans la région d&apos;abord</translation>
    </message>
    <message>
        <source>Computes each image&apos;s occlusion map for the chosen condition and sorts by the share of its positive attribution inside the image&apos;s region (the drain)</source>
        <translation>Calcule la carte d&apos;occlusion de chaque image pour la pathologie choisie et trie selon la part de son attribution positive dans la région de l&apos;image (le drain)</translation>
    </message>
    <message>
        <source>Positive attribution inside the region: %1%</source>
        <translation>Attribution positive dans la région&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Computing occlusion maps for %1: %2 of %3 images</source>
        <translation>Calcul des cartes d&apos;occlusion pour %1&#xa0;: %2 images sur %3</translation>
    </message>
    <message>
        <source>No model bundle for %1 in this session: its maps cannot be computed.</source>
        <translation>Aucun modèle pour %1 dans cette session&#xa0;: ses cartes ne peuvent pas être calculées.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be mapped: %1</source>
        <translation>
            <numerusform>%n image n&apos;a pas pu être cartographiée&#xa0;: %1</numerusform>
            <numerusform>%n images n&apos;ont pas pu être cartographiées&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::GenericCsvReader</name>
    <message>
        <source>a generic CSV dataset needs a column mapping (--mapping FILE.json)</source>
        <translation>un jeu de données CSV générique demande une correspondance de colonnes (--mapping FICHIER.json)</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>empty image path</source>
        <translation>chemin d&apos;image vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age</source>
        <translation>« %1 » n&apos;est pas un âge</translation>
    </message>
    <message>
        <source>impossible age %1; kept as missing</source>
        <translation>âge impossible %1 ; conservé comme manquant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sex</source>
        <translation>« %1 » n&apos;est pas un sexe</translation>
    </message>
    <message>
        <source>1, 0, -1, empty, true or false</source>
        <translation>1, 0, -1, vide, true ou false</translation>
    </message>
</context>
<context>
    <name>cxrfair::GroupCurves</name>
    <message numerus="yes">
        <source>the validation part (%n image(s)) lacks positives or negatives for the rule %1</source>
        <translation>
            <numerusform>la partie de validation (%n image) n&apos;a pas de positifs ou de négatifs pour la règle %1</numerusform>
            <numerusform>la partie de validation (%n images) n&apos;a pas de positifs ou de négatifs pour la règle %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::GuidedTour</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Leave Tour</source>
        <translation>&amp;Quitter la visite</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>This tour walks through the three findings of Sourget et al. (FAIMI 2025) on the demo: two synthetic datasets shaped like NIH ChestX-ray14 and MIMIC-CXR, and a small demo model. Nothing here is real patient data. Use Next and Back; Leave Tour keeps your place, and Help &gt; Guided Tour brings you back to it.</source>
        <translation>Cette visite parcourt les trois constats de Sourget et al. (FAIMI 2025) sur la démo : deux jeux de données synthétiques à la manière de NIH ChestX-ray14 et MIMIC-CXR, et un petit modèle de démonstration. Rien ici ne provient de vrais patients. Utilisez Suivant et Précédent ; Quitter la visite garde votre place, et Aide &gt; Visite guidée vous y ramène.</translation>
    </message>
    <message>
        <source>1. How well does the model work, group by group?</source>
        <translation>1. Le modèle fonctionne-t-il aussi bien pour chaque groupe ?</translation>
    </message>
    <message>
        <source>Each bar is the model&apos;s AUC for one age group and one condition: the chance that an image with the condition scores higher than one without it (0.5 is guessing, 1 is perfect). The dashed line is the AUC on everyone. &lt;b&gt;Look for bars well below the line&lt;/b&gt;: the model works less well for that age group.</source>
        <translation>Chaque barre est l&apos;AUC du modèle pour une tranche d&apos;âge et une pathologie : la probabilité qu&apos;une image avec la pathologie obtienne un score plus élevé qu&apos;une image sans (0,5 revient au hasard, 1 est parfait). La ligne pointillée est l&apos;AUC sur tout le monde. &lt;b&gt;Cherchez les barres bien en dessous de la ligne&lt;/b&gt; : le modèle fonctionne moins bien pour cette tranche d&apos;âge.</translation>
    </message>
    <message>
        <source>Reading the whiskers and hatched bars</source>
        <translation>Lire les moustaches et les barres hachurées</translation>
    </message>
    <message>
        <source>The whiskers are 95% intervals: the range the AUC could plausibly take with other patients. When two groups&apos; whiskers overlap a lot, the data cannot tell them apart. &lt;b&gt;Hatched bars&lt;/b&gt; have fewer than 10 images with or without the condition: too few to judge, so they are shown but not compared. Click any bar to see its images.</source>
        <translation>Les moustaches sont des intervalles à 95 % : les valeurs que l&apos;AUC pourrait vraisemblablement prendre avec d&apos;autres patients. Quand les moustaches de deux groupes se chevauchent beaucoup, les données ne permettent pas de les distinguer. Les &lt;b&gt;barres hachurées&lt;/b&gt; ont moins de 10 images avec ou sans la pathologie : trop peu pour juger, elles sont montrées mais pas comparées. Cliquez sur une barre pour voir ses images.</translation>
    </message>
    <message>
        <source>The age gap</source>
        <translation>L&apos;écart selon l&apos;âge</translation>
    </message>
    <message>
        <source>In the study, age gaps reached 0.1 to 0.24 AUC while sex gaps mostly stayed under 0.05. Switch &lt;i&gt;Groups&lt;/i&gt; between age and sex to compare: the age bars spread much more than the sex bars.</source>
        <translation>Dans l&apos;étude, les écarts selon l&apos;âge atteignaient 0,1 à 0,24 d&apos;AUC tandis que les écarts selon le sexe restaient le plus souvent sous 0,05. Passez &lt;i&gt;Groupes&lt;/i&gt; de l&apos;âge au sexe pour comparer : les barres d&apos;âge s&apos;étalent bien plus que celles du sexe.</translation>
    </message>
    <message>
        <source>2. A shortcut: chest drains</source>
        <translation>2. Un raccourci : les drains thoraciques</translation>
    </message>
    <message>
        <source>A chest drain is put in to treat a pneumothorax, so a drain on the image nearly gives the answer away. The bars show the pneumothorax AUC on all images, on positives &lt;b&gt;without&lt;/b&gt; a drain and on positives &lt;b&gt;with&lt;/b&gt; one. The model does better with drains than without: part of what it learned is the drain, not the disease, and the untreated patients who need it most are found less often.</source>
        <translation>Un drain thoracique est posé pour traiter un pneumothorax : un drain sur l&apos;image donne presque la réponse. Les barres montrent l&apos;AUC du pneumothorax sur toutes les images, sur les positifs &lt;b&gt;sans&lt;/b&gt; drain et sur les positifs &lt;b&gt;avec&lt;/b&gt; drain. Le modèle fait mieux avec drain que sans : une partie de ce qu&apos;il a appris est le drain, pas la maladie, et les patients non traités, qui en ont le plus besoin, sont moins bien repérés.</translation>
    </message>
    <message>
        <source>Missed diagnoses at a threshold</source>
        <translation>Diagnostics manqués à un seuil</translation>
    </message>
    <message>
        <source>A hospital uses a threshold, not an AUC. Here each group&apos;s ROC curve shows every possible threshold; the dots mark the chosen one. &lt;b&gt;Underdiagnosis&lt;/b&gt; in the table is the share of sick patients the threshold calls healthy: compare it across groups. Thresholds chosen by a rule use 20% of the patients and are judged on the rest.</source>
        <translation>Un hôpital utilise un seuil, pas une AUC. Ici, la courbe ROC de chaque groupe montre tous les seuils possibles ; les points marquent celui choisi. Le &lt;b&gt;sous-diagnostic&lt;/b&gt; du tableau est la part de patients malades que le seuil déclare sains : comparez-le entre groupes. Les seuils choisis par une règle utilisent 20 % des patients et sont jugés sur les autres.</translation>
    </message>
    <message>
        <source>3. What the embeddings know</source>
        <translation>3. Ce que savent les représentations</translation>
    </message>
    <message>
        <source>Each point is an image, placed by the two main directions (principal components) of what the model computed for it, coloured by sex. The colours look mixed: &lt;b&gt;two components suggest the model ignores sex&lt;/b&gt;.</source>
        <translation>Chaque point est une image, placée selon les deux directions principales (composantes principales) de ce que le modèle a calculé pour elle, colorée selon le sexe. Les couleurs semblent mélangées : &lt;b&gt;deux composantes laissent croire que le modèle ignore le sexe&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The probe still finds it</source>
        <translation>La sonde le retrouve pourtant</translation>
    </message>
    <message>
        <source>The bars beside the scatter are probes: a simple classifier learns sex, age or race from the full embeddings and is tested on other patients. &lt;b&gt;An AUC far above the dashed chance line means the attribute is encoded&lt;/b&gt;, even though the scatter looked mixed. That is the study&apos;s third finding. Draw a lasso around some points to see those images and how well the model does on them.</source>
        <translation>Les barres à côté du nuage sont des sondes : un classifieur simple apprend le sexe, l&apos;âge ou l&apos;origine à partir des représentations complètes et est testé sur d&apos;autres patients. &lt;b&gt;Une AUC bien au-dessus de la ligne du hasard signifie que l&apos;attribut est encodé&lt;/b&gt;, même si le nuage paraissait mélangé. C&apos;est le troisième constat de l&apos;étude. Entourez quelques points au lasso pour voir ces images et la performance du modèle sur elles.</translation>
    </message>
    <message>
        <source>Try your own prompts</source>
        <translation>Essayez vos propres invites</translation>
    </message>
    <message>
        <source>The model scores an image by comparing it with a sentence for the condition and one for no finding. Edit them here: the scores and every chart update within a second, without re-reading any image. Ctrl+Z undoes an edit.</source>
        <translation>Le modèle note une image en la comparant à une phrase pour la pathologie et à une phrase pour l&apos;absence d&apos;anomalie. Modifiez-les ici : les scores et tous les graphiques se mettent à jour en moins d&apos;une seconde, sans relire aucune image. Ctrl+Z annule une modification.</translation>
    </message>
    <message>
        <source>That is the tour</source>
        <translation>La visite est terminée</translation>
    </message>
    <message>
        <source>Every view has a ? button that explains its numbers, and an Export menu for figures (PNG, SVG, PDF) and tables (CSV). To audit your own data, use File &gt; Open Dataset and File &gt; Run Model on Dataset.</source>
        <translation>Chaque vue a un bouton ? qui explique ses chiffres, et un menu Exporter pour les figures (PNG, SVG, PDF) et les tableaux (CSV). Pour auditer vos propres données, utilisez Fichier &gt; Ouvrir un jeu de données puis Fichier &gt; Appliquer un modèle au jeu de données.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
</context>
<context>
    <name>cxrfair::HelpButton</name>
    <message>
        <source>Explain: %1</source>
        <translation>Expliquer : %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::ImageDecoder</name>
    <message>
        <source>image file not found</source>
        <translation>fichier d&apos;image introuvable</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not a DICOM, PNG or JPEG file</source>
        <translation>pas un fichier DICOM, PNG ou JPEG</translation>
    </message>
</context>
<context>
    <name>cxrfair::ImageViewer</name>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>&amp;Level (centre):</source>
        <translation>&amp;Niveau (centre) :</translation>
    </message>
    <message>
        <source>&amp;Window (width):</source>
        <translation>&amp;Fenêtre (largeur) :</translation>
    </message>
    <message>
        <source>Grey levels of the decoded image, 0 to 65535</source>
        <translation>Niveaux de gris de l&apos;image décodée, de 0 à 65535</translation>
    </message>
    <message>
        <source>File&apos;s window</source>
        <translation>Fenêtre du fichier</translation>
    </message>
    <message>
        <source>Full range</source>
        <translation>Plage complète</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Poumon</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <translation>Médiastin</translation>
    </message>
    <message>
        <source>Lung and mediastinum use the darker and the brighter part of this image&apos;s grey levels (radiographs have no Hounsfield units)</source>
        <translation>Poumon et médiastin utilisent la partie sombre et la partie claire des niveaux de gris de cette image (les radiographies n&apos;ont pas d&apos;unités Hounsfield)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>Ajuster l&apos;image à la fenêtre (F)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (1)</source>
        <translation>Un pixel d&apos;image par pixel d&apos;écran (1)</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>White for black (I)</source>
        <translation>Blanc pour noir (I)</translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation>&lt; Précédente</translation>
    </message>
    <message>
        <source>The previous image of the list (Left, Page Up)</source>
        <translation>L’image précédente de la liste (Gauche, Page préc.)</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Suivante &gt;</translation>
    </message>
    <message>
        <source>The next image of the list (Right, Page Down)</source>
        <translation>L’image suivante de la liste (Droite, Page suiv.)</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage :</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cannot decode %1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Impossible de décoder %1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The image file of this sample is not known.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le fichier image de cet échantillon n&apos;est pas connu.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Occlusion</source>
        <translation>Occlusion</translation>
    </message>
    <message>
        <source>Gradient x input</source>
        <translation>Gradient x entrée</translation>
    </message>
    <message>
        <source>Occlusion: how much the score drops when a 32-pixel patch of the model&apos;s input is hidden (every model). Gradient x input: how the score changes with each pixel (models with gradients).</source>
        <translation>Occlusion : la baisse du score quand un carré de 32 pixels de l&apos;entrée du modèle est masqué (tous les modèles). Gradient x entrée : comment le score varie avec chaque pixel (modèles avec gradients).</translation>
    </message>
    <message>
        <source>Show &amp;map</source>
        <translation>Afficher la &amp;carte</translation>
    </message>
    <message>
        <source>The saliency map over the image (M); red: the score needs this region, blue: the score is higher without it</source>
        <translation>La carte de saillance sur l&apos;image (M) ; rouge : le score a besoin de cette région, bleu : le score est plus élevé sans elle</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Map &amp;of:</source>
        <translation>Carte &amp;de :</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation>Mét&amp;hode :</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>No map: %1</source>
        <translation>Pas de carte : %1</translation>
    </message>
    <message>
        <source>The map needs the model bundle: run a model on the dataset to see where its scores come from.</source>
        <translation>La carte demande le paquet du modèle : lancez un modèle sur le jeu de données pour voir d&apos;où viennent ses scores.</translation>
    </message>
    <message>
        <source>Computing the map...</source>
        <translation>Calcul de la carte...</translation>
    </message>
    <message>
        <source>Computing the map... %1%</source>
        <translation>Calcul de la carte... %1 %</translation>
    </message>
    <message>
        <source>Occlusion, score %1: red where hiding a patch lowers the score, blue where it raises it.</source>
        <translation>Occlusion, score %1 : rouge là où masquer un carré baisse le score, bleu là où cela le monte.</translation>
    </message>
    <message>
        <source>Gradient x input, score %1: red where brighter pixels raise the score, blue where they lower it.</source>
        <translation>Gradient x entrée, score %1 : rouge là où des pixels plus clairs montent le score, bleu là où ils le baissent.</translation>
    </message>
</context>
<context>
    <name>cxrfair::ImportEmbeddingsDialog</name>
    <message>
        <source>Import Embeddings</source>
        <translation>Importer des embeddings</translation>
    </message>
    <message>
        <source>Embeddings computed elsewhere join the dataset as a model of their own, for the PCA and probe views and export. They have no text encoder, so they are not scored.</source>
        <translation>Les embeddings calculés ailleurs rejoignent le jeu de données comme un modèle à part entière, pour les vues ACP et sondes et l&apos;export. Ils n&apos;ont pas d&apos;encodeur de texte : ils ne reçoivent pas de scores.</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>&amp;Array (.npy):</source>
        <translation>&amp;Tableau (.npy) :</translation>
    </message>
    <message>
        <source>&amp;Keys (.csv):</source>
        <translation>&amp;Clés (.csv) :</translation>
    </message>
    <message>
        <source>&amp;Image id column:</source>
        <translation>Colonne d&apos;&amp;identifiant d&apos;image :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>one row per image, float32 or float64</source>
        <translation>une ligne par image, float32 ou float64</translation>
    </message>
    <message>
        <source>a CSV aligned with the array&apos;s rows</source>
        <translation>un CSV aligné sur les lignes du tableau</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>(automatique)</translation>
    </message>
    <message>
        <source>Choose the Embeddings</source>
        <translation>Choisir les embeddings</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>Tableaux NumPy (*.npy)</translation>
    </message>
    <message>
        <source>Choose the Keys</source>
        <translation>Choisir les clés</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.csv.gz)</source>
        <translation>Tables CSV (*.csv *.csv.gz)</translation>
    </message>
    <message>
        <source>Choose the array of embeddings.</source>
        <translation>Choisissez le tableau d&apos;embeddings.</translation>
    </message>
    <message>
        <source>No file %1.</source>
        <translation>Aucun fichier %1.</translation>
    </message>
    <message>
        <source>Choose the CSV that names each row.</source>
        <translation>Choisissez le CSV qui nomme chaque ligne.</translation>
    </message>
</context>
<context>
    <name>cxrfair::InferenceJob</name>
    <message>
        <source>cancelled; %1 images are stored and a new run resumes from there</source>
        <translation>annulé ; %1 images sont stockées et une nouvelle exécution reprend à partir de là</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot decode: %1</source>
        <translation>décodage impossible : %1</translation>
    </message>
    <message>
        <source>%1/%2 images</source>
        <translation>%1/%2 images</translation>
    </message>
    <message>
        <source>, %1 images/s, %2 left</source>
        <translation>, %1 images/s, %2 restant</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 en échec</translation>
    </message>
</context>
<context>
    <name>cxrfair::JobQueue</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::JobsPanel</name>
    <message>
        <source>Cancel All</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <source>Stop the running job and drop the queued ones</source>
        <translation>Arrêter la tâche en cours et abandonner celles en attente</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this job (Esc)</source>
        <translation>Arrêter cette tâche (Échap)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting</source>
        <translation>
            <numerusform>%n tâche en attente</numerusform>
            <numerusform>%n tâches en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>En attente : %1</translation>
    </message>
    <message>
        <source>Drop this job; the others stay queued</source>
        <translation>Abandonner cette tâche ; les autres restent en attente</translation>
    </message>
    <message numerus="yes">
        <source>1 job running, %n waiting</source>
        <translation>
            <numerusform>1 tâche en cours, %n en attente</numerusform>
            <numerusform>1 tâche en cours, %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>1 job running, none waiting</source>
        <translation>1 tâche en cours, aucune en attente</translation>
    </message>
    <message>
        <source>No job running or waiting</source>
        <translation>Aucune tâche en cours ni en attente</translation>
    </message>
</context>
<context>
    <name>cxrfair::JsonFields</name>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>%1 MB is too large for a configuration file (at most %2 MB)</source>
        <translation>%1 Mo, c&apos;est trop pour un fichier de configuration (au plus %2 Mo)</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON invalide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>the JSON must be an object ({...})</source>
        <translation>le JSON doit être un objet ({...})</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of names, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>« %1 » doit être une liste de noms, par ex. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>« %1 » doit être %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un entier de %1 à %2</translation>
    </message>
    <message>
        <source>an object ({...})</source>
        <translation>un objet ({...})</translation>
    </message>
    <message>
        <source>a list ([...])</source>
        <translation>une liste ([...])</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> dans %1</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;%2 (known keys: %3)</source>
        <translation>clé inconnue « %1 »%2 (clés connues : %3)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;%2; did you mean &apos;%3&apos;?</source>
        <translation>clé inconnue « %1 »%2 ; vouliez-vous dire « %3 » ?</translation>
    </message>
</context>
<context>
    <name>cxrfair::Logistic</name>
    <message>
        <source>logistic regression needs rows of at least two classes</source>
        <translation>la régression logistique demande des lignes d&apos;au moins deux classes</translation>
    </message>
    <message>
        <source>C must be positive</source>
        <translation>C doit être positif</translation>
    </message>
    <message>
        <source>a training row has no class</source>
        <translation>une ligne d&apos;entraînement n&apos;a pas de classe</translation>
    </message>
    <message>
        <source>the starting weights do not match the problem&apos;s size</source>
        <translation>les poids de départ ne correspondent pas à la taille du problème</translation>
    </message>
</context>
<context>
    <name>cxrfair::MainWindow</name>
    <message>
        <source>Cohort settings</source>
        <translation>Réglages de la cohorte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Dataset...</source>
        <translation>&amp;Ouvrir un jeu de données...</translation>
    </message>
    <message>
        <source>Open a dataset folder in its published layout</source>
        <translation>Ouvrir le dossier d&apos;un jeu de données dans son organisation publiée</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Generate the synthetic demo datasets (once) and open them</source>
        <translation>Générer les jeux de données synthétiques de la démo (une fois) et les ouvrir</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Close Dataset</source>
        <translation>&amp;Fermer le jeu de données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About cxrfair</source>
        <translation>À &amp;propos de cxrfair</translation>
    </message>
    <message>
        <source>Cannot Open Dataset</source>
        <translation>Impossible d&apos;ouvrir le jeu de données</translation>
    </message>
    <message>
        <source>cxrfair cannot tell the layout of this folder</source>
        <translation>cxrfair ne reconnaît pas l&apos;organisation de ce dossier</translation>
    </message>
    <message>
        <source>About cxrfair</source>
        <translation>À propos de cxrfair</translation>
    </message>
    <message>
        <source>&lt;h3&gt;cxrfair %1&lt;/h3&gt;&lt;p&gt;A workbench that audits CLIP-based chest X-ray models for fairness and robustness, after Sourget et al., &lt;i&gt;Fairness and Robustness of CLIP-Based Models for Chest X-rays&lt;/i&gt;, FAIMI 2025.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cxrfair %1&lt;/h3&gt;&lt;p&gt;Un atelier qui audite l&apos;équité et la robustesse des modèles CLIP pour la radiographie thoracique, d&apos;après Sourget et al., &lt;i&gt;Fairness and Robustness of CLIP-Based Models for Chest X-rays&lt;/i&gt;, FAIMI 2025.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Scores...</source>
        <translation>Ouvrir des &amp;scores...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open a score table (cxrfair-cli score) and chart its subgroup AUCs</source>
        <translation>Ouvrir une table de scores (cxrfair-cli score) et tracer ses AUC par sous-groupe</translation>
    </message>
    <message>
        <source>Open Score Table</source>
        <translation>Ouvrir une table de scores</translation>
    </message>
    <message>
        <source>Score tables (*.csv *.csv.gz)</source>
        <translation>Tables de scores (*.csv *.csv.gz)</translation>
    </message>
    <message>
        <source>Run &amp;Model on Dataset...</source>
        <translation>Appliquer un &amp;modèle au jeu de données...</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Encode the selected dataset with a model bundle (NAME.cxrmodel) and audit it</source>
        <translation>Encoder le jeu de données choisi avec un paquet de modèle (NOM.cxrmodel) et l&apos;auditer</translation>
    </message>
    <message>
        <source>Choose a Model Bundle (NAME.cxrmodel)</source>
        <translation>Choisir un paquet de modèle (NOM.cxrmodel)</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Invites</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>Open &amp;Project...</source>
        <translation>Ouvrir un &amp;projet...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Open a project: its datasets, models, prompts and layout</source>
        <translation>Ouvrir un projet : ses jeux de données, modèles, invites et disposition</translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save Project &amp;As...</source>
        <translation>Enregistrer le projet &amp;sous...</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation>&amp;Comparer côte à côte</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>A second subgroup AUC view beside the first: another model, or another attribute</source>
        <translation>Une seconde vue d&apos;AUC par sous-groupe à côté de la première : un autre modèle, ou un autre attribut</translation>
    </message>
    <message>
        <source>&amp;Guided Tour of the Demo</source>
        <translation>&amp;Visite guidée de la démo</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Walk through the study&apos;s three findings on the demo</source>
        <translation>Parcourir les trois constats de l&apos;étude sur la démo</translation>
    </message>
    <message>
        <source>Restart the Tour</source>
        <translation>Recommencer la visite</translation>
    </message>
    <message>
        <source>Save the Project?</source>
        <translation>Enregistrer le projet ?</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them before closing?</source>
        <translation>Le projet a des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>Cannot Open the Project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>cxrfair projects (*.cxrproject)</source>
        <translation>Projets cxrfair (*.cxrproject)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Cannot Save the Project</source>
        <translation>Impossible d&apos;enregistrer le projet</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
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
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes when cxrfair starts again.</source>
        <translation>La langue change au prochain démarrage de cxrfair.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>&amp;Import Embeddings...</source>
        <translation>&amp;Importer des embeddings...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Add embeddings computed elsewhere (.npy) to the selected dataset as a model</source>
        <translation>Ajouter au jeu de données sélectionné, comme un modèle, des embeddings calculés ailleurs (.npy)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
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
        <source>Make Model &amp;Bundle from Weights...</source>
        <translation>Fabriquer un &amp;paquet de modèle à partir de poids...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Turn the weights that MedCLIP, BioViL, BioViL-T, MedImageInsight, CheXzero or CXR-CLIP publish into a model bundle</source>
        <translation>Transformer les poids que publient MedCLIP, BioViL, BioViL-T, MedImageInsight, CheXzero ou CXR-CLIP en paquet de modèle</translation>
    </message>
    <message>
        <source>Model bundle written: %1</source>
        <translation>Paquet de modèle écrit : %1</translation>
    </message>
    <message>
        <source>Stop the running job; those waiting go on (Esc)</source>
        <translation>Arrêter la tâche en cours ; celles en attente continuent (Échap)</translation>
    </message>
    <message>
        <source>this is a file, not a dataset folder</source>
        <translation>c&apos;est un fichier, pas un dossier de jeu de données</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>Change the Language</source>
        <translation>Changer la langue</translation>
    </message>
    <message>
        <source>The language changes when cxrfair starts again. Restart now?</source>
        <translation>La langue change au prochain démarrage de cxrfair. Redémarrer maintenant ?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Subgroup &amp;AUC</source>
        <translation>&amp;AUC par sous-groupe</translation>
    </message>
    <message>
        <source>S&amp;hortcut</source>
        <translation>&amp;Raccourci</translation>
    </message>
    <message>
        <source>&amp;ROC and Threshold</source>
        <translation>R&amp;OC et seuil</translation>
    </message>
    <message>
        <source>&amp;Embeddings</source>
        <translation>Re&amp;présentations</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>&amp;Galerie</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Pro&amp;jet</translation>
    </message>
    <message>
        <source>Cohort &amp;Settings</source>
        <translation>Réglages de la &amp;cohorte</translation>
    </message>
    <message>
        <source>Pro&amp;mpts</source>
        <translation>&amp;Invites</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>&amp;Go to View</source>
        <translation>&amp;Aller à la vue</translation>
    </message>
    <message>
        <source>&amp;Maximise Panel</source>
        <translation>&amp;Agrandir le panneau</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Give the whole window to the panel with the focus; again to bring the others back</source>
        <translation>Donner toute la fenêtre au panneau actif ; à nouveau pour rappeler les autres</translation>
    </message>
    <message>
        <source>&amp;Compact Layout (Small Screens)</source>
        <translation>Disposition &amp;compacte (petits écrans)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>The analysis views as tabs of one panel, for a laptop or a projector</source>
        <translation>Les vues d&apos;analyse en onglets d&apos;un seul panneau, pour un portable ou un projecteur</translation>
    </message>
    <message>
        <source>Cancel the Running Job</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
    <message>
        <source>S&amp;lices</source>
        <translation>T&amp;ranches</translation>
    </message>
    <message>
        <source>Prompt Se&amp;nsitivity</source>
        <translation>Se&amp;nsibilité aux prompts</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Cannot Read the Published Results</source>
        <translation>Impossible de lire les résultats publiés</translation>
    </message>
    <message>
        <source>Choose the Study&apos;s Repository (the Folder That Holds data/)</source>
        <translation>Choisir le dépôt de l&apos;étude (le dossier qui contient data/)</translation>
    </message>
    <message>
        <source>Compare with &amp;Published Results...</source>
        <translation>Comparer aux résultats &amp;publiés...</translation>
    </message>
    <message>
        <source>Draw the study&apos;s published AUCs (Sourget et al., FAIMI 2025) on the subgroup bars: choose its repository&apos;s folder</source>
        <translation>Dessiner les AUC publiées de l&apos;étude (Sourget et al., FAIMI 2025) sur les barres des sous-groupes : choisissez le dossier de son dépôt</translation>
    </message>
    <message>
        <source>Fairness S&amp;ummary</source>
        <translation>Synth&amp;èse d&apos;équité</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message numerus="yes">
        <source>%n published result(s) of Sourget et al. (2025) read: diamonds on the bars they match</source>
        <translation>
            <numerusform>%n résultat publié de Sourget et al. (2025) lu : un losange sur la barre qui lui correspond</numerusform>
            <numerusform>%n résultats publiés de Sourget et al. (2025) lus : des losanges sur les barres qui leur correspondent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::MimicDemoWriter</name>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
</context>
<context>
    <name>cxrfair::MimicDemographics</name>
    <message>
        <source>reading MIMIC-IV patients</source>
        <translation>lecture des patients MIMIC-IV</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subject id; row ignored</source>
        <translation>« %1 » n&apos;est pas un identifiant de sujet ; ligne ignorée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sex (M or F); kept as missing</source>
        <translation>« %1 » n&apos;est pas un sexe (M ou F) ; conservé comme manquant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age; kept as missing</source>
        <translation>« %1 » n&apos;est pas un âge ; conservé comme manquant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year; age kept as missing</source>
        <translation>« %1 » n&apos;est pas une année ; âge conservé comme manquant</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>une colonne requise manque</translation>
    </message>
    <message>
        <source>reading MIMIC-IV admissions</source>
        <translation>lecture des admissions MIMIC-IV</translation>
    </message>
    <message>
        <source>MIMIC-IV patients table (patients.csv or patients.csv.gz) not found</source>
        <translation>table des patients MIMIC-IV (patients.csv ou patients.csv.gz) introuvable</translation>
    </message>
    <message>
        <source>MIMIC-IV admissions table not found: race is missing for every image</source>
        <translation>table des admissions MIMIC-IV introuvable : l&apos;origine ethnique manque pour chaque image</translation>
    </message>
</context>
<context>
    <name>cxrfair::MimicReader</name>
    <message>
        <source>the label table has no condition columns</source>
        <translation>la table des étiquettes n&apos;a pas de colonnes de pathologies</translation>
    </message>
    <message>
        <source>reading labels</source>
        <translation>lecture des étiquettes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a study id</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;étude</translation>
    </message>
    <message>
        <source>reading the split</source>
        <translation>lecture de la répartition</translation>
    </message>
    <message>
        <source>dataset folder not found</source>
        <translation>dossier du jeu de données introuvable</translation>
    </message>
    <message>
        <source>the MIMIC labeler must be chexpert or negbio, not &apos;%1&apos;</source>
        <translation>l&apos;étiqueteur MIMIC doit être chexpert ou negbio, pas « %1 »</translation>
    </message>
    <message>
        <source>MIMIC-CXR metadata table not found</source>
        <translation>table des métadonnées MIMIC-CXR introuvable</translation>
    </message>
    <message>
        <source>MIMIC-CXR label table not found</source>
        <translation>table des étiquettes MIMIC-CXR introuvable</translation>
    </message>
    <message>
        <source>no MIMIC-IV patients table (patients.csv or patients.csv.gz) here or in hosp/</source>
        <translation>aucune table des patients MIMIC-IV (patients.csv ou patients.csv.gz) ici ni dans hosp/</translation>
    </message>
    <message>
        <source>reading metadata</source>
        <translation>lecture des métadonnées</translation>
    </message>
    <message>
        <source>empty dicom_id</source>
        <translation>dicom_id vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subject id</source>
        <translation>« %1 » n&apos;est pas un identifiant de sujet</translation>
    </message>
    <message>
        <source>no split table (mimic-cxr-2.0.0-split.csv): the split filter keeps nothing</source>
        <translation>aucune table de répartition (mimic-cxr-2.0.0-split.csv) : le filtre de répartition ne garde rien</translation>
    </message>
    <message>
        <source>reading MIMIC-IV patients and admissions</source>
        <translation>lecture des patients et admissions MIMIC-IV</translation>
    </message>
    <message>
        <source>MIMIC-IV not found (hosp/ under the root, or --mimic-iv): sex, age and race are missing</source>
        <translation>MIMIC-IV introuvable (hosp/ sous la racine, ou --mimic-iv) : sexe, âge et origine ethnique manquent</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) have different race values across admissions; the most frequent is used (ties: the latest)</source>
        <translation>
            <numerusform>%n patient a des valeurs d&apos;origine ethnique différentes selon les admissions ; la plus fréquente est retenue (à égalité : la plus récente)</numerusform>
            <numerusform>%n patients ont des valeurs d&apos;origine ethnique différentes selon les admissions ; la plus fréquente est retenue (à égalité : la plus récente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) have no study date, so no age at study</source>
        <translation>
            <numerusform>%n image n&apos;a pas de date d&apos;étude, donc pas d&apos;âge à l&apos;étude</numerusform>
            <numerusform>%n images n&apos;ont pas de date d&apos;étude, donc pas d&apos;âge à l&apos;étude</numerusform>
        </translation>
    </message>
    <message>
        <source>1.0, 0.0, -1.0 or empty; the study is left out</source>
        <translation>1.0, 0.0, -1.0 ou vide ; l&apos;étude est écartée</translation>
    </message>
</context>
<context>
    <name>cxrfair::Mmd</name>
    <message>
        <source>%1 group labels for %2 embeddings: one per row is needed</source>
        <translation>%1 étiquettes de groupe pour %2 embeddings : il en faut une par ligne</translation>
    </message>
    <message>
        <source>at least one permutation and two images per group are needed</source>
        <translation>il faut au moins une permutation et deux images par groupe</translation>
    </message>
    <message>
        <source>a two-sample test needs at least two groups of two or more images</source>
        <translation>un test à deux échantillons demande au moins deux groupes de deux images ou plus</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 contre %2</translation>
    </message>
    <message>
        <source>groups %1 and %2: every embedding is the same, so the kernel has no scale</source>
        <translation>groupes %1 et %2 : tous les embeddings sont identiques, le noyau n&apos;a donc pas d&apos;échelle</translation>
    </message>
</context>
<context>
    <name>cxrfair::ModelBundle</name>
    <message>
        <source>model bundle %1: %2</source>
        <translation>paquet de modèle %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>pas un dossier</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>format version %1 is newer than this cxrfair reads (%2)</source>
        <translation>la version de format %1 est plus récente que ce que lit ce cxrfair (%2)</translation>
    </message>
    <message>
        <source>%1 lacks a name</source>
        <translation>il manque un nom à %1</translation>
    </message>
    <message>
        <source>embedding_dim must be a positive whole number</source>
        <translation>embedding_dim doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>%1 lacks the image section</source>
        <translation>il manque la section image à %1</translation>
    </message>
    <message>
        <source>image preprocessing: %1</source>
        <translation>prétraitement des images : %1</translation>
    </message>
    <message>
        <source>%1 lacks the text section</source>
        <translation>il manque la section texte à %1</translation>
    </message>
    <message>
        <source>unknown tokenizer &apos;%1&apos; (clip-bpe or wordpiece)</source>
        <translation>tokeniseur inconnu « %1 » (clip-bpe ou wordpiece)</translation>
    </message>
    <message>
        <source>the text section lacks the tokenizer&apos;s vocab file</source>
        <translation>il manque à la section texte le fichier de vocabulaire du tokeniseur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must name a file inside the bundle</source>
        <translation>« %1 » doit nommer un fichier du paquet</translation>
    </message>
    <message>
        <source>a bundle is made from a model&apos;s published weights by tools/export/cxrfair_export.py (see docs/models.md)</source>
        <translation>un paquet de modèle se fabrique à partir des poids publiés d&apos;un modèle avec tools/export/cxrfair_export.py (voir docs/models.md)</translation>
    </message>
    <message>
        <source>a PyTorch checkpoint, not a model bundle folder; %1</source>
        <translation>un checkpoint PyTorch, pas un dossier de paquet de modèle ; %1</translation>
    </message>
    <message>
        <source>missing %1; %2</source>
        <translation>%1 manquant ; %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 lacks a format_version (a whole number)</source>
        <translation>%1 n&apos;a pas de format_version (un entier)</translation>
    </message>
    <message>
        <source>max_length or longest, not &apos;%1&apos;</source>
        <translation>max_length ou longest, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>cxrfair::ModelDiscovery</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Slices of %1</source>
        <translation>Tranches de %1</translation>
    </message>
    <message>
        <source>%1: no slices: %2</source>
        <translation>%1 : pas de tranches : %2</translation>
    </message>
    <message>
        <source>the scores already have an attribute &apos;%1&apos;</source>
        <translation>les scores ont déjà un attribut « %1 »</translation>
    </message>
</context>
<context>
    <name>cxrfair::ModelEncoder</name>
    <message>
        <source>returned a tensor of rank %1; an encoder must return [batch, %2]</source>
        <translation>a renvoyé un tenseur de rang %1 ; un encodeur doit renvoyer [batch, %2]</translation>
    </message>
    <message>
        <source>returned shape [%1, %2] for %3 inputs; the manifest&apos;s embedding_dim is %4</source>
        <translation>a renvoyé la forme [%1, %2] pour %3 entrées ; l&apos;embedding_dim du manifeste vaut %4</translation>
    </message>
    <message>
        <source>returned NaN or infinite values</source>
        <translation>a renvoyé des valeurs NaN ou infinies</translation>
    </message>
    <message>
        <source>model bundle %1: %2: %3</source>
        <translation>paquet de modèle %1 : %2 : %3</translation>
    </message>
    <message>
        <source>returned %1, not a tensor</source>
        <translation>a renvoyé %1, pas un tenseur</translation>
    </message>
    <message>
        <source>out of memory with %1 images</source>
        <translation>mémoire épuisée avec %1 images</translation>
    </message>
    <message>
        <source>forward pass failed: %1</source>
        <translation>la passe avant a échoué : %1</translation>
    </message>
    <message>
        <source>CUDA was asked for, but this build&apos;s LibTorch has no CUDA or no GPU is present; use --device cpu or auto</source>
        <translation>CUDA a été demandé, mais la LibTorch de cette version n&apos;a pas CUDA ou aucun GPU n&apos;est présent ; utilisez --device cpu ou auto</translation>
    </message>
    <message>
        <source>model bundle %1: %2</source>
        <translation>paquet de modèle %1 : %2</translation>
    </message>
    <message>
        <source>not a TorchScript model this LibTorch can load (%1)</source>
        <translation>pas un modèle TorchScript que cette LibTorch peut charger (%1)</translation>
    </message>
    <message>
        <source>the image encoder has no gradients (%1): use --method occlusion</source>
        <translation>l&apos;encodeur d&apos;images n&apos;a pas de gradients (%1) : utilisez --method occlusion</translation>
    </message>
    <message>
        <source>its output does not depend on the image through autograd</source>
        <translation>sa sortie ne dépend pas de l&apos;image par l&apos;autograd</translation>
    </message>
    <message>
        <source>no gradient reached the image</source>
        <translation>aucun gradient n&apos;a atteint l&apos;image</translation>
    </message>
    <message>
        <source>gradient pass failed: %1</source>
        <translation>le calcul du gradient a échoué : %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::ModelExporter</name>
    <message>
        <source>the model exporter is not installed: no %1</source>
        <translation>l&apos;exportateur de modèles n&apos;est pas installé : pas de %1</translation>
    </message>
    <message>
        <source>the model exporter needs Python 3 (Debian: apt install python3-torch python3-torchvision)</source>
        <translation>l&apos;exportateur de modèles a besoin de Python 3 (Debian : apt install python3-torch python3-torchvision)</translation>
    </message>
</context>
<context>
    <name>cxrfair::NeatxReader</name>
    <message>
        <source>&apos;%1&apos; is not a drain annotation (1, 0, -1 or empty); ignored</source>
        <translation>« %1 » n&apos;est pas une annotation de drain (1, 0, -1 ou vide) ; ignorée</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) name images that are not in the data entry table</source>
        <translation>
            <numerusform>%n annotation nomme des images absentes de la table des entrées</numerusform>
            <numerusform>%n annotations nomment des images absentes de la table des entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::NihDemoWriter</name>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>cannot write the split list</source>
        <translation>impossible d&apos;écrire la liste de répartition</translation>
    </message>
    <message>
        <source>cannot write the image</source>
        <translation>impossible d&apos;écrire l&apos;image</translation>
    </message>
</context>
<context>
    <name>cxrfair::NihReader</name>
    <message>
        <source>dataset folder not found</source>
        <translation>dossier du jeu de données introuvable</translation>
    </message>
    <message>
        <source>no NIH data entry table (Data_Entry_2017_v2020.csv or Data_Entry_2017.csv) in this folder</source>
        <translation>aucune table des entrées NIH (Data_Entry_2017_v2020.csv ou Data_Entry_2017.csv) dans ce dossier</translation>
    </message>
    <message>
        <source>indexing image folders</source>
        <translation>indexation des dossiers d&apos;images</translation>
    </message>
    <message>
        <source>no split lists (train_val_list.txt, test_list.txt): the split filter keeps nothing</source>
        <translation>aucune liste de répartition (train_val_list.txt, test_list.txt) : le filtre de répartition ne garde rien</translation>
    </message>
    <message>
        <source>reading the data entry table</source>
        <translation>lecture de la table des entrées</translation>
    </message>
    <message>
        <source>empty image name</source>
        <translation>nom d&apos;image vide</translation>
    </message>
    <message>
        <source>empty patient id</source>
        <translation>identifiant de patient vide</translation>
    </message>
    <message>
        <source>unknown finding &apos;%1&apos;</source>
        <translation>pathologie inconnue « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age</source>
        <translation>« %1 » n&apos;est pas un âge</translation>
    </message>
    <message>
        <source>impossible age %1; kept as missing</source>
        <translation>âge impossible %1 ; conservé comme manquant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sex (M or F)</source>
        <translation>« %1 » n&apos;est pas un sexe (M ou F)</translation>
    </message>
    <message>
        <source>reading drain annotations</source>
        <translation>lecture des annotations de drains</translation>
    </message>
</context>
<context>
    <name>cxrfair::Npy</name>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>not a NumPy .npy file</source>
        <translation>pas un fichier NumPy .npy</translation>
    </message>
    <message>
        <source>the .npy header is truncated</source>
        <translation>l&apos;en-tête .npy est tronqué</translation>
    </message>
    <message>
        <source>.npy format version %1 is not supported</source>
        <translation>la version de format .npy %1 n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>the .npy header cannot be read: %1</source>
        <translation>l&apos;en-tête .npy est illisible : %1</translation>
    </message>
    <message>
        <source>the .npy shape (%1) cannot be read</source>
        <translation>la forme .npy (%1) est illisible</translation>
    </message>
    <message>
        <source>expected a 1-D or 2-D array (images x dimensions), found shape (%1)</source>
        <translation>tableau 1-D ou 2-D attendu (images x dimensions), forme (%1) trouvée</translation>
    </message>
    <message>
        <source>dtype &apos;%1&apos; is not a number type cxrfair reads (float32, float64, float16 or integers)</source>
        <translation>le dtype « %1 » n&apos;est pas un type numérique que lit cxrfair (float32, float64, float16 ou entiers)</translation>
    </message>
    <message>
        <source>the array data is truncated: %1 of %2 bytes</source>
        <translation>les données du tableau sont tronquées : %1 octets sur %2</translation>
    </message>
    <message>
        <source>the .npy header declares %1 bytes, more than the file holds</source>
        <translation>l&apos;en-tête .npy déclare %1 octets, plus que le fichier n&apos;en contient</translation>
    </message>
    <message>
        <source>the .npy shape (%1) is too large to be an array</source>
        <translation>la forme .npy (%1) est trop grande pour un tableau</translation>
    </message>
</context>
<context>
    <name>cxrfair::ParetoChart</name>
    <message>
        <source>Pareto front</source>
        <translation>Front de Pareto</translation>
    </message>
    <message>
        <source>%1 AUC, all images</source>
        <translation>AUC %1, toutes les images</translation>
    </message>
    <message>
        <source>Worst %1 group&apos;s AUC</source>
        <translation>AUC du pire groupe de %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::Pca</name>
    <message>
        <source>PCA needs at least two rows</source>
        <translation>l&apos;ACP demande au moins deux lignes</translation>
    </message>
    <message>
        <source>the number of components must be between 1 and %1</source>
        <translation>le nombre de composantes doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>the eigen-decomposition did not converge</source>
        <translation>la décomposition en valeurs propres n&apos;a pas convergé</translation>
    </message>
</context>
<context>
    <name>cxrfair::PcaScatter</name>
    <message>
        <source>PC%1 (%2% of variance)</source>
        <translation>PC%1 (%2 % de la variance)</translation>
    </message>
    <message>
        <source>Point %1%2%3</source>
        <translation>Point %1%2%3</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation> : %1</translation>
    </message>
    <message>
        <source> (selected; Space takes it out)</source>
        <translation> (sélectionné ; Espace le retire)</translation>
    </message>
    <message>
        <source> (Space selects it)</source>
        <translation> (Espace le sélectionne)</translation>
    </message>
</context>
<context>
    <name>cxrfair::Power</name>
    <message>
        <source>%1 takes a whole number of at least 1, not %2</source>
        <translation>%1 demande un nombre entier d&apos;au moins 1, pas %2</translation>
    </message>
    <message>
        <source>--auc takes a number from 0 to 1, not %1</source>
        <translation>--auc demande un nombre de 0 à 1, pas %1</translation>
    </message>
    <message>
        <source>--alpha takes a number between 0 and 1, not %1</source>
        <translation>--alpha demande un nombre entre 0 et 1, pas %1</translation>
    </message>
    <message>
        <source>--power takes a number between 0 and 1, not %1</source>
        <translation>--power demande un nombre entre 0 et 1, pas %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::Preprocess</name>
    <message>
        <source>the resize size must be between 1 and 8192</source>
        <translation>la taille de redimensionnement doit être comprise entre 1 et 8192</translation>
    </message>
    <message>
        <source>the crop size must be between 0 and 8192</source>
        <translation>la taille de recadrage doit être comprise entre 0 et 8192</translation>
    </message>
    <message>
        <source>channels must be 1 or 3</source>
        <translation>channels doit valoir 1 ou 3</translation>
    </message>
    <message>
        <source>the scale must be positive</source>
        <translation>l&apos;échelle doit être positive</translation>
    </message>
    <message>
        <source>every standard deviation must be positive</source>
        <translation>chaque écart-type doit être positif</translation>
    </message>
    <message>
        <source>empty image</source>
        <translation>image vide</translation>
    </message>
    <message>
        <source>exact, shorter or longer</source>
        <translation>exact, shorter ou longer</translation>
    </message>
    <message>
        <source>nearest, bilinear, bicubic, area or lanczos</source>
        <translation>nearest, bilinear, bicubic, area ou lanczos</translation>
    </message>
    <message>
        <source>a number or a list of 1 or 3 numbers</source>
        <translation>un nombre ou une liste de 1 ou 3 nombres</translation>
    </message>
</context>
<context>
    <name>cxrfair::Probe</name>
    <message>
        <source>the embeddings have %1 rows but the table has %2</source>
        <translation>les embeddings ont %1 lignes mais la table en a %2</translation>
    </message>
    <message>
        <source>the probe needs at least two classes with images</source>
        <translation>la sonde demande au moins deux classes avec des images</translation>
    </message>
    <message>
        <source>%1, %2-fold cross-validation grouped by patient</source>
        <translation>%1, validation croisée à %2 plis groupée par patient</translation>
    </message>
    <message>
        <source>%1, 80/20 split by patient, C chosen on a validation part</source>
        <translation>%1, répartition 80/20 par patient, C choisi sur une partie de validation</translation>
    </message>
    <message>
        <source>no class has both positives and negatives among the evaluated images</source>
        <translation>aucune classe n&apos;a à la fois des positifs et des négatifs parmi les images évaluées</translation>
    </message>
    <message>
        <source>; trained on %L1 of the %L2 training images (whole patients drawn with the seed)</source>
        <translation>; entraînée sur %L1 des %L2 images d&apos;entraînement (patients entiers tirés avec la graine)</translation>
    </message>
</context>
<context>
    <name>cxrfair::ProbeChart</name>
    <message>
        <source>Probe AUC</source>
        <translation>AUC de la sonde</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>hasard</translation>
    </message>
    <message numerus="yes">
        <source>%1
(%n class(es))</source>
        <translation>
            <numerusform>%1
(%n classe)</numerusform>
            <numerusform>%1
(%n classes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: macro AUC %2</source>
        <translation>%1 : AUC macro %2</translation>
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
exactitude %1 (toujours la classe la plus fréquente : %2)
%3 images, %4 classes</translation>
    </message>
</context>
<context>
    <name>cxrfair::Problem</name>
    <message>
        <source>, row %1</source>
        <translation>, ligne %1</translation>
    </message>
    <message>
        <source>, column &apos;%1&apos;</source>
        <translation>, colonne « %1 »</translation>
    </message>
</context>
<context>
    <name>cxrfair::ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>cxrfair::Progress</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>cxrfair::Project</name>
    <message>
        <source>not a cxrfair project (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>pas un projet cxrfair (pas de &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the project has format version %1; this cxrfair reads up to %2: update cxrfair</source>
        <translation>le projet a la version de format %1 ; ce cxrfair lit jusqu&apos;à la %2 : mettez cxrfair à jour</translation>
    </message>
    <message>
        <source>%1: imported embeddings need &quot;array&quot; and &quot;keys&quot;</source>
        <translation>%1 : les embeddings importés demandent « array » et « keys »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object ({...})</source>
        <translation>« %1 » doit être un objet ({...})</translation>
    </message>
</context>
<context>
    <name>cxrfair::ProjectPanel</name>
    <message>
        <source>Project: datasets, models and embedding runs</source>
        <translation>Projet : jeux de données, modèles et exécutions d&apos;embeddings</translation>
    </message>
    <message>
        <source>imported embeddings</source>
        <translation>embeddings importés</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptEditor</name>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage :</translation>
    </message>
    <message>
        <source>Use Preset</source>
        <translation>Utiliser le préréglage</translation>
    </message>
    <message>
        <source>Replace every prompt with the preset&apos;s (undoable)</source>
        <translation>Remplacer toutes les invites par celles du préréglage (annulable)</translation>
    </message>
    <message>
        <source>Load...</source>
        <translation>Charger...</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Enregistrer...</translation>
    </message>
    <message>
        <source>Double-click a cell to edit; scores and charts follow at once, from the stored embeddings.</source>
        <translation>Double-cliquez sur une cellule pour la modifier ; scores et graphiques suivent aussitôt, à partir des représentations stockées.</translation>
    </message>
    <message>
        <source>Use Prompt Preset %1</source>
        <translation>Utiliser le préréglage d&apos;invites %1</translation>
    </message>
    <message>
        <source>Load Prompts</source>
        <translation>Charger des invites</translation>
    </message>
    <message>
        <source>Prompt sets (*.json)</source>
        <translation>Jeux d&apos;invites (*.json)</translation>
    </message>
    <message>
        <source>Load Prompts from %1</source>
        <translation>Charger les invites de %1</translation>
    </message>
    <message>
        <source>Save Prompts</source>
        <translation>Enregistrer les invites</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptSensitivityChart</name>
    <message>
        <source>%1 (inverted)</source>
        <translation>%1 (inversé)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
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
        <translation>Con&amp;dition :</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groupes :</translation>
    </message>
    <message>
        <source>Prompt sensitivity</source>
        <translation>Sensibilité aux prompts</translation>
    </message>
    <message>
        <source>A zero-shot AUC depends on the words of the prompts. Each point is the AUC of one prompt set for the population or a group: the study&apos;s (&quot;Chest {condition}&quot; against &quot;Chest No findings&quot;), CheXzero&apos;s (&quot;{condition}&quot; against &quot;no {condition}&quot;) and three phrasings of each condition against a matching normal phrase (synonyms-1: the term, synonyms-2: a plain description, synonyms-3: a radiological sign). The grey bar spans the lowest to the highest AUC. A set drawn as a cross is inverted: its AUC over all images is below 0.5, the mark of a negative prompt the model reads as the finding. A gap between groups that changes size, or whose worst group changes, with the words is not a finding. Every set is scored from the stored embeddings: no image is encoded again.</source>
        <translation>Une AUC zero-shot dépend des mots des prompts. Chaque point est l&apos;AUC d&apos;un ensemble de prompts pour la population ou un groupe : celui de l&apos;étude (« Chest {condition} » contre « Chest No findings »), celui de CheXzero (« {condition} » contre « no {condition} ») et trois formulations de chaque condition contre une phrase normale correspondante (synonyms-1 : le terme, synonyms-2 : une description simple, synonyms-3 : un signe radiologique). La barre grise va de l&apos;AUC la plus basse à la plus haute. Un ensemble dessiné en croix est inversé : son AUC sur toutes les images est inférieure à 0,5, la marque d&apos;un prompt négatif que le modèle lit comme l&apos;anomalie. Un écart entre groupes dont la taille, ou le pire groupe, change avec les mots n&apos;est pas un résultat. Chaque ensemble est calculé à partir des embeddings stockés : aucune image n&apos;est encodée de nouveau.</translation>
    </message>
    <message>
        <source>All images only</source>
        <translation>Toutes les images seulement</translation>
    </message>
    <message>
        <source>No prompt sweep: run a model on a dataset with labels.</source>
        <translation>Pas de balayage de prompts : lancez un modèle sur un jeu de données étiqueté.</translation>
    </message>
    <message>
        <source>On all images, the AUC goes from %1 to %2 across %3 prompt sets.</source>
        <translation>Sur toutes les images, l&apos;AUC va de %1 à %2 selon %3 ensembles de prompts.</translation>
    </message>
    <message>
        <source>Inverted (AUC below 0.5): %1.</source>
        <translation>Inversé (AUC inférieure à 0,5) : %1.</translation>
    </message>
    <message>
        <source>The gap between %1 groups goes from %2 to %3.</source>
        <translation>L&apos;écart entre les groupes de %1 va de %2 à %3.</translation>
    </message>
    <message>
        <source>The worst group changes with the words (%1): not a finding.</source>
        <translation>Le pire groupe change avec les mots (%1) : ce n&apos;est pas un résultat.</translation>
    </message>
    <message>
        <source>The worst group is the same under every set.</source>
        <translation>Le pire groupe est le même avec chaque ensemble.</translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptSet</name>
    <message>
        <source>prompts: %1 has no prompt (give a list of texts)</source>
        <translation>prompts : %1 n&apos;a pas de prompt (donnez une liste de textes)</translation>
    </message>
    <message>
        <source>the default positive set</source>
        <translation>l&apos;ensemble positif par défaut</translation>
    </message>
    <message>
        <source>the default negative set</source>
        <translation>l&apos;ensemble négatif par défaut</translation>
    </message>
    <message>
        <source>unknown prompt preset &apos;%1&apos; (%2, or a JSON file)</source>
        <translation>préréglage de prompts inconnu « %1 » (%2, ou un fichier JSON)</translation>
    </message>
    <message>
        <source>a text or a list of texts</source>
        <translation>un texte ou une liste de textes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;positive&quot; and &quot;negative&quot; prompts</source>
        <translation>« %1 » doit être un objet avec des prompts « positive » et « negative »</translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptSets</name>
    <message>
        <source>unknown prompt set &apos;%1&apos;: give %2 or a prompt JSON file</source>
        <translation>ensemble de prompts inconnu « %1 » : donnez %2 ou un fichier JSON de prompts</translation>
    </message>
    <message>
        <source>no prompt set to sweep</source>
        <translation>aucun ensemble de prompts à balayer</translation>
    </message>
    <message>
        <source>the prompt set &apos;%1&apos; is given twice</source>
        <translation>l&apos;ensemble de prompts « %1 » est donné deux fois</translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptSweep</name>
    <message>
        <source>Scoring with the prompt set %1</source>
        <translation>Scores avec l&apos;ensemble de prompts %1</translation>
    </message>
    <message>
        <source>no prompt set to sweep</source>
        <translation>aucun ensemble de prompts à balayer</translation>
    </message>
    <message>
        <source>Subgroup AUCs</source>
        <translation>AUC par sous-groupe</translation>
    </message>
    <message>
        <source>the store&apos;s images have labels for none of the study&apos;s conditions (%1)</source>
        <translation>les images du stockage n&apos;ont d&apos;étiquette pour aucune condition de l&apos;étude (%1)</translation>
    </message>
    <message>
        <source>Prompt sensitivity</source>
        <translation>Sensibilité aux prompts</translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptTableModel</name>
    <message>
        <source>Change Prompts</source>
        <translation>Modifier les invites</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <source>Positive prompts</source>
        <translation>Invites positives</translation>
    </message>
    <message>
        <source>Negative prompts</source>
        <translation>Invites négatives</translation>
    </message>
    <message>
        <source>Every condition (default)</source>
        <translation>Toutes les pathologies (par défaut)</translation>
    </message>
    <message>
        <source>Used by every condition without prompts of its own; {condition} stands for the condition&apos;s name.</source>
        <translation>Utilisées par toute pathologie sans invites propres ; {condition} représente le nom de la pathologie.</translation>
    </message>
    <message>
        <source>From the defaults; type to give this condition its own prompts. Separate an ensemble&apos;s prompts with &apos;;&apos;.</source>
        <translation>Issues des valeurs par défaut ; tapez pour donner à cette pathologie ses propres invites. Séparez les invites d&apos;un ensemble par « ; ».</translation>
    </message>
    <message>
        <source>Separate an ensemble&apos;s prompts with &apos;;&apos;; clear the cell to use the defaults.</source>
        <translation>Séparez les invites d&apos;un ensemble par « ; » ; videz la cellule pour revenir aux valeurs par défaut.</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Edit %1 Prompts of %2</source>
        <translation>Modifier les invites %1 de %2</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Every Condition</source>
        <translation>Toutes les pathologies</translation>
    </message>
</context>
<context>
    <name>cxrfair::PublishedModelsDialog</name>
    <message>
        <source>Models in the Published Results</source>
        <translation>Modèles des résultats publiés</translation>
    </message>
    <message>
        <source>The study published its six models&apos; results. Choose which of them each of your models reproduces; its bars then show the published values as diamonds.</source>
        <translation>L&apos;étude a publié les résultats de ses six modèles. Choisissez lequel chacun de vos modèles reproduit ; ses barres montrent alors les valeurs publiées en losanges.</translation>
    </message>
    <message>
        <source>(not compared)</source>
        <translation>(non comparé)</translation>
    </message>
</context>
<context>
    <name>cxrfair::PublishedResults</name>
    <message>
        <source>no condition</source>
        <translation>aucune pathologie</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>aucun groupe</translation>
    </message>
    <message>
        <source>the interval&apos;s low end %1 is above its high end %2</source>
        <translation>la borne basse de l&apos;intervalle %1 dépasse sa borne haute %2</translation>
    </message>
    <message>
        <source>unknown dataset &apos;%1&apos; (known: %2)</source>
        <translation>jeu de données inconnu &apos;%1&apos; (connus : %2)</translation>
    </message>
    <message>
        <source>no folder %1: give the study repository&apos;s root, the folder that holds data/</source>
        <translation>pas de dossier %1 : donnez la racine du dépôt de l&apos;étude, le dossier qui contient data/</translation>
    </message>
    <message>
        <source>no zeroshot_{model}.csv table in this folder</source>
        <translation>aucune table zeroshot_{model}.csv dans ce dossier</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
</context>
<context>
    <name>cxrfair::RaceMapping</name>
    <message>
        <source>each race rule needs a &apos;prefix&apos;</source>
        <translation>chaque règle d&apos;origine ethnique demande un &apos;prefix&apos;</translation>
    </message>
    <message>
        <source>the race mapping must be a list of rules or an object with &quot;rules&quot;</source>
        <translation>la correspondance des origines doit être une liste de règles ou un objet avec « rules »</translation>
    </message>
</context>
<context>
    <name>cxrfair::RaceMappingEditor</name>
    <message>
        <source>Value starts with</source>
        <translation>La valeur commence par</translation>
    </message>
    <message>
        <source>Group (empty: missing)</source>
        <translation>Groupe (vide : manquant)</translation>
    </message>
    <message>
        <source>The first rule whose prefix matches the recorded value (ignoring case) gives the group</source>
        <translation>La première règle dont le préfixe correspond à la valeur enregistrée (sans tenir compte de la casse) donne le groupe</translation>
    </message>
    <message>
        <source>The group of values that no rule matches</source>
        <translation>Le groupe des valeurs qu&apos;aucune règle ne reconnaît</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Retirer la règle</translation>
    </message>
    <message>
        <source>Other values:</source>
        <translation>Autres valeurs :</translation>
    </message>
</context>
<context>
    <name>cxrfair::RadiographCanvas</name>
    <message>
        <source>Drag: window (left and right) and level (up and down). Right-drag: pan. Wheel: zoom. Double-click: fit.</source>
        <translation>Glisser : fenêtre (gauche et droite) et niveau (haut et bas). Clic droit glissé : déplacer. Molette : zoom. Double-clic : ajuster.</translation>
    </message>
</context>
<context>
    <name>cxrfair::RasterDecoder</name>
    <message>
        <source>not an image file (%1)</source>
        <translation>pas un fichier image (%1)</translation>
    </message>
    <message>
        <source>cannot decode the image (%1)</source>
        <translation>impossible de décoder l&apos;image (%1)</translation>
    </message>
    <message>
        <source>full range</source>
        <translation>plage complète</translation>
    </message>
</context>
<context>
    <name>cxrfair::Readers</name>
    <message>
        <source>&apos;%1&apos; is not a label (%2)</source>
        <translation>« %1 » n&apos;est pas une étiquette (%2)</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a line cut short?); row ignored</source>
        <translation>la ligne a %1 champs alors que l&apos;en-tête en a %2 (ligne tronquée ?) ; ligne ignorée</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a delimiter inside a value that is not quoted?); row ignored</source>
        <translation>la ligne a %1 champs alors que l&apos;en-tête en a %2 (un séparateur dans une valeur sans guillemets ?) ; ligne ignorée</translation>
    </message>
</context>
<context>
    <name>cxrfair::RegionAttribution</name>
    <message>
        <source>region mask %1: not an image this build can read</source>
        <translation>masque de région %1&#xa0;: pas une image que cette version sait lire</translation>
    </message>
</context>
<context>
    <name>cxrfair::Reproduction</name>
    <message>
        <source>&apos;%1&apos; is not PUBLISHED=METRICS, e.g. chexzero=&quot;CheXzero (demo)&quot;</source>
        <translation>&apos;%1&apos; n&apos;est pas de la forme PUBLIÉ=MÉTRIQUES, par exemple chexzero=&quot;CheXzero (demo)&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is mapped twice</source>
        <translation>&apos;%1&apos; est associé deux fois</translation>
    </message>
</context>
<context>
    <name>cxrfair::RocChart</name>
    <message>
        <source>False positive rate (1 - specificity)</source>
        <translation>Taux de faux positifs (1 - spécificité)</translation>
    </message>
    <message>
        <source>True positive rate (sensitivity)</source>
        <translation>Taux de vrais positifs (sensibilité)</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Hasard</translation>
    </message>
</context>
<context>
    <name>cxrfair::RocView</name>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Pathologie :</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groupes :</translation>
    </message>
    <message>
        <source>ROC curves and thresholds</source>
        <translation>Courbes ROC et seuils</translation>
    </message>
    <message>
        <source>A ROC curve shows every trade-off a threshold can make: how many images with the condition are caught (true positive rate, TPR) against how many without it are flagged (false positive rate, FPR). A curve further up and left is better; the dotted diagonal is guessing. The dots mark each group at the chosen threshold. Underdiagnosis is the share of images with the finding that the threshold calls negative (for No Finding: images with a finding called &quot;no finding&quot;); a group with a higher value is missed more often. Thresholds chosen by a rule are chosen on 20% of the patients and judged on the others, never on the same labels. Groups with few images give unstable rates.</source>
        <translation>Une courbe ROC montre tous les compromis qu&apos;un seuil peut faire : combien d&apos;images avec la pathologie sont détectées (taux de vrais positifs, TVP) contre combien d&apos;images sans elle sont signalées (taux de faux positifs, TFP). Plus la courbe est haute et à gauche, mieux c&apos;est ; la diagonale pointillée correspond au hasard. Les points marquent chaque groupe au seuil choisi. Le sous-diagnostic est la part des images avec l&apos;anomalie que le seuil déclare négatives (pour No Finding : les images avec une anomalie déclarées « sans anomalie ») ; un groupe avec une valeur plus élevée est plus souvent manqué. Les seuils choisis par une règle le sont sur 20 % des patients et jugés sur les autres, jamais sur les mêmes étiquettes. Les groupes de peu d&apos;images donnent des taux instables.</translation>
    </message>
    <message>
        <source>Fixed threshold</source>
        <translation>Seuil fixe</translation>
    </message>
    <message>
        <source>Youden&apos;s J on validation</source>
        <translation>J de Youden sur la validation</translation>
    </message>
    <message>
        <source>Maximum F1 on validation</source>
        <translation>F1 maximal sur la validation</translation>
    </message>
    <message>
        <source>Specificity on validation</source>
        <translation>Spécificité sur la validation</translation>
    </message>
    <message>
        <source>Sensitivity on validation</source>
        <translation>Sensibilité sur la validation</translation>
    </message>
    <message>
        <source>A fixed threshold applies to every image. The other rules choose the threshold on 20% of the patients (the validation part) and report the rates on the others, never on the labels they chose with.</source>
        <translation>Un seuil fixe s&apos;applique à toutes les images. Les autres règles choisissent le seuil sur 20 % des patients (la partie de validation) et donnent les taux sur les autres, jamais sur les étiquettes qui ont servi au choix.</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Seuil :</translation>
    </message>
    <message>
        <source>Images scoring at least this value are called positive</source>
        <translation>Les images dont le score atteint cette valeur sont déclarées positives</translation>
    </message>
    <message>
        <source>The target rate the threshold must reach on validation</source>
        <translation>Le taux que le seuil doit atteindre sur la validation</translation>
    </message>
    <message>
        <source>%1 (AUC %2, %3+/%4-)</source>
        <translation>%1 (AUC %2, %3+/%4-)</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Threshold %1 on all %2 images.</source>
        <translation>Seuil %1 sur les %2 images.</translation>
    </message>
    <message>
        <source>Threshold %1, chosen by %2 on %3 validation images (20% of the patients); rates on the other %4 images.</source>
        <translation>Seuil %1, choisi par %2 sur %3 images de validation (20 % des patients) ; taux sur les %4 autres images.</translation>
    </message>
    <message>
        <source>TPR gap (equal opportunity) %1; equalized odds %2.</source>
        <translation>Écart de TVP (égalité des chances) %1 ; égalité des taux %2.</translation>
    </message>
    <message>
        <source>No threshold: %1</source>
        <translation>Pas de seuil : %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::Saliency</name>
    <message>
        <source>no prompt for the condition &apos;%1&apos; in the prompt set &apos;%2&apos;</source>
        <translation>aucun prompt pour la condition « %1 » dans l&apos;ensemble de prompts « %2 »</translation>
    </message>
    <message>
        <source>%1 of %2 occlusions</source>
        <translation>%1 occlusions sur %2</translation>
    </message>
    <message>
        <source>%1 occlusions</source>
        <translation>%1 occlusions</translation>
    </message>
    <message>
        <source>the patch and the stride must be at least 1 pixel</source>
        <translation>le carré et le pas doivent faire au moins 1 pixel</translation>
    </message>
    <message>
        <source>the patch (%1 pixels) is larger than the input the encoder sees (%2 x %3)</source>
        <translation>le carré (%1 pixels) est plus grand que l&apos;entrée que voit l&apos;encodeur (%2 x %3)</translation>
    </message>
</context>
<context>
    <name>cxrfair::SaliencyOverlay</name>
    <message>
        <source>gradient x input (smoothed)</source>
        <translation>gradient x entrée (lissé)</translation>
    </message>
    <message>
        <source>score drop</source>
        <translation>baisse du score</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>cannot write the overlay</source>
        <translation>impossible d&apos;écrire la superposition</translation>
    </message>
</context>
<context>
    <name>cxrfair::ScoreTable</name>
    <message>
        <source>empty model name</source>
        <translation>nom de modèle vide</translation>
    </message>
    <message>
        <source>empty condition</source>
        <translation>pathologie vide</translation>
    </message>
    <message>
        <source>empty sample id</source>
        <translation>identifiant d&apos;échantillon vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a label (0 or 1)</source>
        <translation>« %1 » n&apos;est pas une étiquette (0 ou 1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation>« %1 » n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>image %1 has another label for %2 in an earlier row</source>
        <translation>l&apos;image %1 a une autre étiquette pour %2 dans une ligne précédente</translation>
    </message>
    <message>
        <source>a second row for model %1, condition %2 and image %3</source>
        <translation>une deuxième ligne pour le modèle %1, la pathologie %2 et l&apos;image %3</translation>
    </message>
    <message>
        <source>the score table has no rows</source>
        <translation>la table des scores n&apos;a pas de lignes</translation>
    </message>
    <message>
        <source>no attribute column &apos;%1&apos; (the table has: %2)</source>
        <translation>aucune colonne d&apos;attribut « %1 » (la table a : %2)</translation>
    </message>
    <message>
        <source>the intersection %1 names an attribute that is not reported</source>
        <translation>l&apos;intersection %1 nomme un attribut qui n&apos;est pas rapporté</translation>
    </message>
    <message>
        <source>the scores of %1 are of other images than those of %2</source>
        <translation>les scores de %1 portent sur d&apos;autres images que ceux de %2</translation>
    </message>
    <message>
        <source>two score sets of the model %1</source>
        <translation>deux jeux de scores du modèle %1</translation>
    </message>
    <message>
        <source>more than 1024 conditions</source>
        <translation>plus de 1024 pathologies</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a cut or broken line?)</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2 (ligne coupée ou abîmée ?)</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; to match on (the table has: %2)</source>
        <translation>pas de colonne &apos;%1&apos; sur laquelle apparier (la table a : %2)</translation>
    </message>
</context>
<context>
    <name>cxrfair::Scoring</name>
    <message>
        <source>the dataset has no condition &apos;%1&apos; (it has %2)</source>
        <translation>le jeu de données n&apos;a pas de pathologie « %1 » (il a %2)</translation>
    </message>
</context>
<context>
    <name>cxrfair::ScriptedEncoders</name>
    <message>
        <source>cannot save the TorchScript model: %1</source>
        <translation>impossible d&apos;enregistrer le modèle TorchScript : %1</translation>
    </message>
    <message>
        <source>inconsistent encoder weights</source>
        <translation>poids d&apos;encodeur incohérents</translation>
    </message>
</context>
<context>
    <name>cxrfair::Session</name>
    <message>
        <source>Settings applied</source>
        <translation>Réglages appliqués</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message numerus="yes">
        <source>AUCs of %n condition(s)</source>
        <translation>
            <numerusform>AUC de %n pathologie</numerusform>
            <numerusform>AUC de %n pathologies</numerusform>
        </translation>
    </message>
    <message>
        <source>PCA and probes</source>
        <translation>ACP et sondes</translation>
    </message>
    <message>
        <source>Project saved to %1</source>
        <translation>Projet enregistré dans %1</translation>
    </message>
    <message>
        <source>a job is running; cancel it or wait for it first</source>
        <translation>une tâche est en cours ; annulez-la ou attendez-la d&apos;abord</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>Restoring the layout</source>
        <translation>Restauration de la disposition</translation>
    </message>
    <message>
        <source>Project %1 opened</source>
        <translation>Projet %1 ouvert</translation>
    </message>
    <message>
        <source>Open Dataset %1</source>
        <translation>Ouvrir le jeu de données %1</translation>
    </message>
    <message>
        <source>Close Dataset %1</source>
        <translation>Fermer le jeu de données %1</translation>
    </message>
    <message>
        <source>Change Cohort Settings of %1</source>
        <translation>Modifier les réglages de cohorte de %1</translation>
    </message>
    <message>
        <source>Run %1 on %2</source>
        <translation>Exécuter %1 sur %2</translation>
    </message>
    <message>
        <source>Shortcut Analysis of %1 in %2</source>
        <translation>Analyse du raccourci %1 dans %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>%1 encoded, %2 reused, %3 failed on %4 (%5 images/s)</source>
        <translation>%1 encodées, %2 réutilisées, %3 en échec sur %4 (%5 images/s)</translation>
    </message>
    <message>
        <source>; the images that could not be read are listed in %1</source>
        <translation> ; les images illisibles sont listées dans %1</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Chargement de %1...</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 images; %n problem(s) found (see the Problems tab)</source>
        <translation>
            <numerusform>%1 images chargées ; %n problème trouvé (voir l&apos;onglet Problèmes)</numerusform>
            <numerusform>%1 images chargées ; %n problèmes trouvés (voir l&apos;onglet Problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1 images</source>
        <translation>%1 images chargées</translation>
    </message>
    <message>
        <source>Importing embeddings from %1...</source>
        <translation>Import des embeddings de %1...</translation>
    </message>
    <message>
        <source>Encoding and analysing with %1...</source>
        <translation>Encodage et analyse avec %1...</translation>
    </message>
    <message>
        <source>Subgroup AUCs ready</source>
        <translation>AUC par sous-groupe prêtes</translation>
    </message>
    <message>
        <source>Subgroup AUCs ready; no embedding analysis: %1</source>
        <translation>AUC par sous-groupe prêtes ; pas d&apos;analyse des représentations : %1</translation>
    </message>
    <message>
        <source>Shortcut analysis: %1 in %2</source>
        <translation>Analyse du raccourci : %1 dans %2</translation>
    </message>
    <message>
        <source>Shortcut analysis ready</source>
        <translation>Analyse du raccourci prête</translation>
    </message>
    <message>
        <source>Rescoring...</source>
        <translation>Nouveau calcul des scores...</translation>
    </message>
    <message>
        <source>Rescoring with the edited prompts</source>
        <translation>Nouveau calcul des scores avec les prompts modifiés</translation>
    </message>
    <message>
        <source>Rescored with bootstrap intervals in %1 s.</source>
        <translation>Scores recalculés avec intervalles bootstrap en %1 s.</translation>
    </message>
    <message>
        <source>Rescored in %1 s (DeLong intervals; bootstrap intervals follow).</source>
        <translation>Scores recalculés en %1 s (intervalles de DeLong ; les intervalles bootstrap suivent).</translation>
    </message>
    <message>
        <source>Rescoring cancelled.</source>
        <translation>Nouveau calcul des scores annulé.</translation>
    </message>
    <message>
        <source>Cannot rescore: %1</source>
        <translation>Impossible de recalculer les scores : %1</translation>
    </message>
    <message>
        <source>Computing subgroup AUCs for %1...</source>
        <translation>Calcul des AUC par sous-groupe pour %1...</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Preparing the demo datasets...</source>
        <translation>Préparation des jeux de données de la démo...</translation>
    </message>
    <message>
        <source>Running the demo model</source>
        <translation>Exécution du modèle de démonstration</translation>
    </message>
    <message>
        <source>Showing the NIH demo</source>
        <translation>Affichage de la démonstration NIH</translation>
    </message>
    <message>
        <source>The demo is ready</source>
        <translation>La démonstration est prête</translation>
    </message>
    <message>
        <source>Demo ready in %1</source>
        <translation>Démonstration prête dans %1</translation>
    </message>
    <message>
        <source>%1 is already open: shown</source>
        <translation>%1 est déjà ouvert : affiché</translation>
    </message>
    <message numerus="yes">
        <source>; %n damaged stored record(s) cut out and encoded again</source>
        <translation>
            <numerusform>; %n enregistrement endommagé retiré et encodé à nouveau</numerusform>
            <numerusform>; %n enregistrements endommagés retirés et encodés à nouveau</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the results of %1...</source>
        <translation>Ouverture des résultats de %1...</translation>
    </message>
    <message>
        <source>Reading the stored results of %1</source>
        <translation>Lecture des résultats enregistrés de %1</translation>
    </message>
    <message>
        <source>Results of %1 restored as computed on %2 (the same tables, settings, prompts, model and store)</source>
        <translation>Résultats de %1 restaurés tels que calculés le %2 (mêmes tables, réglages, prompts, modèle et stockage)</translation>
    </message>
    <message>
        <source>stored results not used: %1</source>
        <translation>résultats enregistrés non utilisés : %1</translation>
    </message>
    <message>
        <source>Storing the results</source>
        <translation>Enregistrement des résultats</translation>
    </message>
    <message>
        <source>the results could not be stored: %1</source>
        <translation>les résultats n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Reading the stored embeddings</source>
        <translation>Lecture des embeddings enregistrés</translation>
    </message>
</context>
<context>
    <name>cxrfair::ShortcutChart</name>
    <message>
        <source>All images</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>Sans %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>%1 AUC (95% interval)</source>
        <translation>AUC %1 (intervalle à 95 %)</translation>
    </message>
    <message>
        <source>all images</source>
        <translation>toutes les images</translation>
    </message>
    <message>
        <source>positives without %1</source>
        <translation>positifs sans %1</translation>
    </message>
    <message>
        <source>positives with %1</source>
        <translation>positifs avec %1</translation>
    </message>
    <message>
        <source>%1, %2: %3
AUC %4</source>
        <translation>%1, %2 : %3
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
%1 positifs contre %2 négatifs</translation>
    </message>
</context>
<context>
    <name>cxrfair::ShortcutView</name>
    <message>
        <source>Export Bars</source>
        <translation>Exporter les barres</translation>
    </message>
    <message>
        <source>Export ROC</source>
        <translation>Exporter les ROC</translation>
    </message>
    <message>
        <source>ROC curves of &amp;model:</source>
        <translation>Courbes ROC du &amp;modèle :</translation>
    </message>
    <message>
        <source>Shortcut learning</source>
        <translation>Apprentissage par raccourci</translation>
    </message>
    <message>
        <source>Chest drains are inserted to treat a pneumothorax, so an image with a drain almost always has one. A model can learn to spot the drain instead of the disease. The bars compare the AUC on all images with the AUC when the positives have no drain (the cases that matter most: untreated) and when they have one, each against all negatives. A model that leans on drains does much better with them than without. The whiskers are 95% bootstrap intervals; few positives in a stratum give wide intervals.</source>
        <translation>Les drains thoraciques sont posés pour traiter un pneumothorax : une image avec un drain en montre presque toujours un. Un modèle peut apprendre à repérer le drain plutôt que la maladie. Les barres comparent l&apos;AUC sur toutes les images à l&apos;AUC quand les positifs n&apos;ont pas de drain (les cas qui comptent le plus : non traités) et quand ils en ont un, chacun contre tous les négatifs. Un modèle qui s&apos;appuie sur les drains fait bien mieux avec que sans. Les moustaches sont des intervalles bootstrap à 95 % ; peu de positifs dans une strate donnent des intervalles larges.</translation>
    </message>
    <message>
        <source>%1 (AUC %2, %3 pos.)</source>
        <translation>%1 (AUC %2, %3 pos.)</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>Sans %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A 0/1 attribute recorded on the positives, such as a chest drain</source>
        <translation>Un attribut 0/1 relevé sur les positifs, comme un drain thoracique</translation>
    </message>
    <message>
        <source>The condition whose positives are split by the confounder</source>
        <translation>La pathologie dont les positifs sont séparés selon le facteur de confusion</translation>
    </message>
    <message>
        <source>Con&amp;founder:</source>
        <translation>&amp;Facteur de confusion :</translation>
    </message>
    <message>
        <source>in the positives of co&amp;ndition:</source>
        <translation>dans les positifs de la pat&amp;hologie :</translation>
    </message>
</context>
<context>
    <name>cxrfair::SliceDiscovery</name>
    <message>
        <source>slice discovery: inputs differ in length</source>
        <translation>découverte de tranches : les entrées n&apos;ont pas la même longueur</translation>
    </message>
    <message>
        <source>the term embeddings must have one row per term and the images&apos; dimension (%1 terms, %2 x %3 embeddings, images of dimension %4)</source>
        <translation>les embeddings des termes doivent avoir une ligne par terme et la dimension des images (%1 termes, embeddings %2 x %3, images de dimension %4)</translation>
    </message>
    <message>
        <source>the number of slices must be from 1 to 100 (not %1)</source>
        <translation>le nombre de tranches doit aller de 1 à 100 (pas %1)</translation>
    </message>
    <message>
        <source>slice discovery needs positive and negative images (%1 of %2 are positive)</source>
        <translation>la découverte de tranches demande des images positives et négatives (%1 sur %2 sont positives)</translation>
    </message>
    <message>
        <source>positives</source>
        <translation>positives</translation>
    </message>
    <message>
        <source>negatives</source>
        <translation>négatives</translation>
    </message>
    <message>
        <source>too few images to find %1 slices (%2 in the search half, %3 held out)</source>
        <translation>trop peu d&apos;images pour trouver %1 tranches (%2 dans la moitié de recherche, %3 réservées)</translation>
    </message>
    <message>
        <source>Principal components of the search half</source>
        <translation>Composantes principales de la moitié de recherche</translation>
    </message>
    <message>
        <source>Evaluating the slices on the held-out half</source>
        <translation>Évaluation des tranches sur la moitié réservée</translation>
    </message>
    <message>
        <source>Mixtures of the positives</source>
        <translation>Mélanges des positives</translation>
    </message>
    <message>
        <source>Mixtures of the negatives</source>
        <translation>Mélanges des négatives</translation>
    </message>
</context>
<context>
    <name>cxrfair::SliceSources</name>
    <message>
        <source>the scores have no condition &apos;%1&apos; (they have %2)</source>
        <translation>les scores n&apos;ont pas de condition « %1 » (ils ont %2)</translation>
    </message>
    <message>
        <source>the scores have no model %1 for &apos;%2&apos;</source>
        <translation>les scores n&apos;ont pas de modèle %1 pour « %2 »</translation>
    </message>
</context>
<context>
    <name>cxrfair::SliceTableModel</name>
    <message>
        <source>No attribute or tag is over-represented in this slice.</source>
        <translation>Aucun attribut ni étiquette n&apos;est sur-représenté dans cette tranche.</translation>
    </message>
    <message>
        <source>Over-represented (odds ratio, 95% interval):
%1</source>
        <translation>Sur-représentés (rapport de cotes, intervalle à 95 %) :
%1</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Positives</source>
        <translation>Positives</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>cxrfair::SlicesView</name>
    <message>
        <source>Con&amp;dition:</source>
        <translation>Con&amp;dition :</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>Groups of images, close to one another in the model&apos;s embedding space, where the model ranks worst. They are searched on half of the patients and every figure here comes from the other half, so a slice found by chance shows no difference. A slice&apos;s AUC counts the pairs of a positive and a negative of which at least one is in the slice (a slice of positives: its positives against every negative); Rest counts the other pairs. The interval is a 95% bootstrap interval over patients and p a permutation test. The description lists the phrases nearest to the slice in the model&apos;s text space, and the attributes and tags it holds more often than the rest (hover for the odds ratios). Choose a slice to see its images in the gallery and the PCA scatter.</source>
        <translation>Des groupes d&apos;images, proches les unes des autres dans l&apos;espace d&apos;embedding du modèle, où le modèle classe le plus mal. Ils sont cherchés sur la moitié des patients et chaque chiffre ici vient de l&apos;autre moitié : une tranche trouvée par hasard n&apos;y montre pas de différence. L&apos;AUC d&apos;une tranche compte les paires d&apos;un positif et d&apos;un négatif dont au moins un est dans la tranche (une tranche de positifs : ses positifs contre tous les négatifs) ; Reste compte les autres paires. L&apos;intervalle est un intervalle bootstrap à 95 % sur les patients et p un test par permutation. La description donne les phrases les plus proches de la tranche dans l&apos;espace textuel du modèle, et les attributs et étiquettes plus fréquents dans la tranche que dans le reste (survolez pour les rapports de cotes). Choisissez une tranche pour voir ses images dans la galerie et le nuage ACP.</translation>
    </message>
    <message>
        <source>No slices: run a model on a dataset with labels.</source>
        <translation>Pas de tranches : lancez un modèle sur un jeu de données étiqueté.</translation>
    </message>
    <message>
        <source>Searched on %1 images, measured on %2 held-out images (%3 mixture components on %4 principal components).</source>
        <translation>Cherchées sur %1 images, mesurées sur %2 images réservées (%3 composantes de mélange sur %4 composantes principales).</translation>
    </message>
    <message>
        <source>%1: slice %2</source>
        <translation>%1 : tranche %2</translation>
    </message>
</context>
<context>
    <name>cxrfair::StoreMerge</name>
    <message>
        <source>no embeddings</source>
        <translation>aucun embedding</translation>
    </message>
    <message>
        <source>cannot copy %1 into the merged store</source>
        <translation>impossible de copier %1 dans le stockage fusionné</translation>
    </message>
    <message>
        <source>no store to merge</source>
        <translation>aucun stockage à fusionner</translation>
    </message>
    <message>
        <source>%1 holds %2, but %3 holds %4: stores of different models or preprocessing cannot be merged</source>
        <translation>%1 contient %2, mais %3 contient %4 : des stockages de modèles ou de prétraitements différents ne peuvent pas être fusionnés</translation>
    </message>
    <message>
        <source>%1 was made for %2 (%3 images), but %4 for %5 (%6 images): stores of different datasets or cohort settings cannot be merged</source>
        <translation>%1 a été fait pour %2 (%3 images), mais %4 pour %5 (%6 images) : des stockages de jeux de données ou de réglages de cohorte différents ne peuvent pas être fusionnés</translation>
    </message>
    <message>
        <source>cannot create the embedding store folder</source>
        <translation>impossible de créer le dossier du stockage d&apos;embeddings</translation>
    </message>
</context>
<context>
    <name>cxrfair::StoreSamples</name>
    <message>
        <source>cannot create the embedding store folder</source>
        <translation>impossible de créer le dossier du stockage d&apos;embeddings</translation>
    </message>
    <message>
        <source>this embedding store holds the dataset %1 (%2), not %3 (%4): use another store folder for it</source>
        <translation>ce stockage d&apos;embeddings contient le jeu de données %1 (%2), pas %3 (%4) : utilisez un autre dossier de stockage</translation>
    </message>
    <message>
        <source>not an embedding store (no %1): run cxrfair-cli embed first</source>
        <translation>pas un stockage d&apos;embeddings (pas de %1) : lancez d&apos;abord cxrfair-cli embed</translation>
    </message>
    <message>
        <source>a label must be 0, 1 or empty</source>
        <translation>une étiquette doit valoir 0, 1 ou rien</translation>
    </message>
</context>
<context>
    <name>cxrfair::StoredResults</name>
    <message>
        <source>the stored results are incomplete or damaged</source>
        <translation>les résultats enregistrés sont incomplets ou endommagés</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>no results are stored</source>
        <translation>aucun résultat n&apos;est enregistré</translation>
    </message>
    <message>
        <source>cannot read the stored results: %1</source>
        <translation>impossible de lire les résultats enregistrés : %1</translation>
    </message>
    <message>
        <source>not a file of stored results</source>
        <translation>ce n&apos;est pas un fichier de résultats enregistrés</translation>
    </message>
    <message>
        <source>stored by another version of cxrfair (format %1, this one reads %2)</source>
        <translation>enregistrés par une autre version de cxrfair (format %1, celle-ci lit %2)</translation>
    </message>
    <message>
        <source>the stored results are damaged</source>
        <translation>les résultats enregistrés sont endommagés</translation>
    </message>
    <message>
        <source>computed with other settings, prompts, tables or model files</source>
        <translation>calculés avec d&apos;autres réglages, prompts, tables ou fichiers de modèle</translation>
    </message>
    <message>
        <source>the embedding store changed since they were computed</source>
        <translation>le stockage des embeddings a changé depuis leur calcul</translation>
    </message>
</context>
<context>
    <name>cxrfair::StudyPipeline</name>
    <message>
        <source>encoding the images with %1: </source>
        <translation>encodage des images avec %1 : </translation>
    </message>
    <message>
        <source>Zero-shot scores of %1</source>
        <translation>Scores zero-shot de %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>Raccourci : %1</translation>
    </message>
    <message>
        <source>the study has no cohort and no scores</source>
        <translation>l&apos;étude n&apos;a ni cohorte ni scores</translation>
    </message>
    <message>
        <source>no model to run</source>
        <translation>aucun modèle à exécuter</translation>
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
n = %6, %7 positifs</translation>
    </message>
    <message>
        <source>
p = %1 against the other groups (Holm)</source>
        <translation>
p = %1 contre les autres groupes (Holm)</translation>
    </message>
    <message>
        <source>
Too small to judge: %1</source>
        <translation>
Trop petit pour juger : %1</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <source>AUC (95% interval)</source>
        <translation>AUC (intervalle à 95 %)</translation>
    </message>
    <message>
        <source>%1: AUC by %2</source>
        <translation>%1 : AUC selon %2</translation>
    </message>
    <message>
        <source>Subgroup AUC chart</source>
        <translation>Graphique des AUC par sous-groupe</translation>
    </message>
    <message>
        <source>Too few to judge</source>
        <translation>Trop peu pour juger</translation>
    </message>
    <message>
        <source>
Not enough evidence: a difference to the rest below %1 cannot be told from noise at this size (observed %2), or the interval is too wide</source>
        <translation>
Preuves insuffisantes : à cette taille, une différence au reste inférieure à %1 ne se distingue pas du bruit (observée : %2), ou l&apos;intervalle est trop large</translation>
    </message>
    <message>
        <source>
Not enough evidence: the interval is too wide</source>
        <translation>
Preuves insuffisantes : l&apos;intervalle est trop large</translation>
    </message>
    <message>
        <source>Not enough evidence</source>
        <translation>Preuves insuffisantes</translation>
    </message>
    <message>
        <source>
After matching on %1</source>
        <translation>
Après appariement sur %1</translation>
    </message>
    <message>
        <source>
Published (Sourget et al. 2025): %1 [%2, %3]</source>
        <translation>
Publié (Sourget et al. 2025) : %1 [%2, %3]</translation>
    </message>
    <message>
        <source>Published (Sourget et al. 2025)</source>
        <translation>Publié (Sourget et al. 2025)</translation>
    </message>
    <message>
        <source>%1: AUC by %2, matched on %3</source>
        <translation>%1 : AUC par %2, apparié sur %3</translation>
    </message>
</context>
<context>
    <name>cxrfair::SubgroupAucTableModel</name>
    <message>
        <source>Condition</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>95% low</source>
        <translation>Borne basse 95 %</translation>
    </message>
    <message>
        <source>95% high</source>
        <translation>Borne haute 95 %</translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translation>p (Holm)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>MDD</source>
        <translation>MDD</translation>
    </message>
    <message>
        <source>The smallest difference to the other groups&apos; AUC that this group&apos;s size can detect (alpha 0.05, power 0.8)</source>
        <translation>La plus petite différence à l&apos;AUC des autres groupes que la taille de ce groupe permet de détecter (alpha 0,05, puissance 0,8)</translation>
    </message>
    <message>
        <source>not enough evidence for a gap</source>
        <translation>preuves insuffisantes pour un écart</translation>
    </message>
</context>
<context>
    <name>cxrfair::SubgroupAucView</name>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groupes :</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>All Models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Show every model side by side as small multiples (M)</source>
        <translation>Montrer tous les modèles côte à côte en petits multiples (M)</translation>
    </message>
    <message>
        <source>Subgroup AUC</source>
        <translation>AUC par sous-groupe</translation>
    </message>
    <message>
        <source>Same Scale</source>
        <translation>Même échelle</translation>
    </message>
    <message>
        <source>One AUC axis for every attribute, so that age and sex compare at a glance; off: the axis fits this attribute</source>
        <translation>Un même axe d&apos;AUC pour tous les attributs, pour comparer âge et sexe d&apos;un coup d&apos;œil ; désactivé : l&apos;axe s&apos;ajuste à cet attribut</translation>
    </message>
    <message>
        <source>The AUC is the chance that the model scores a random image with the condition above a random image without it: 0.5 is guessing, 1 is perfect. Each bar is one group of patients; the dashed line is the AUC on all images. The whiskers are 95% intervals (1000 bootstrap resamples of patients): where two groups&apos; intervals overlap widely, the data cannot tell them apart. A hatched bar has fewer than 10 images with or without the condition: too few to judge, so it is shown but left out of the gaps. A pale bar with a dashed outline has not enough evidence: its interval is wider than 0.2, or its difference to the other groups is smaller than the smallest difference a group of its size could detect (the MDD in its tooltip), so a gap there may be noise. Matched shows each group&apos;s AUC after reweighting its images to the same mix of age (or sex), view and prevalence as the others: if a gap shrinks, those explain it, not the model. White diamonds are the study&apos;s published values (File &gt; Compare with Published Results), with their intervals dotted. p (Holm) tests each group against the others, corrected for the number of groups. Click a bar to see its images.</source>
        <translation>L&apos;AUC est la probabilité que le modèle note une image prise au hasard avec la pathologie au-dessus d&apos;une image prise au hasard sans elle : 0,5 revient au hasard, 1 est parfait. Chaque barre est un groupe de patients ; la ligne pointillée est l&apos;AUC sur toutes les images. Les moustaches sont des intervalles à 95 % (1000 rééchantillonnages bootstrap des patients) : quand les intervalles de deux groupes se chevauchent largement, les données ne permettent pas de les distinguer. Une barre hachurée a moins de 10 images avec ou sans la pathologie : trop peu pour juger, elle est montrée mais exclue des écarts. Une barre pâle au contour en tirets a des preuves insuffisantes : son intervalle est plus large que 0,2, ou sa différence aux autres groupes est plus petite que la plus petite différence qu&apos;un groupe de sa taille pourrait détecter (la MDD de son infobulle) ; un écart à cet endroit peut n&apos;être que du bruit. « Appariés » montre l&apos;AUC de chaque groupe après repondération de ses images vers le même mélange d&apos;âge (ou de sexe), de vue et de prévalence que les autres : si un écart diminue, ce sont eux qui l&apos;expliquent, pas le modèle. Les losanges blancs sont les valeurs publiées de l&apos;étude (Fichier &gt; Comparer aux résultats publiés), avec leurs intervalles en pointillés. p (Holm) teste chaque groupe contre les autres, corrigé pour le nombre de groupes. Cliquez sur une barre pour voir ses images.</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Appariés</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Compare the groups as if they had the same ages (or sexes) and views and the same share of images with the condition: each image reweighted, so that a gap that remains is not explained by them (Ctrl+Shift+A)</source>
        <translation>Comparer les groupes comme s&apos;ils avaient les mêmes âges (ou sexes) et vues et la même part d&apos;images avec la pathologie : chaque image repondérée, de sorte qu&apos;un écart qui reste ne s&apos;explique pas par eux (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>cxrfair::SubgroupMetrics</name>
    <message>
        <source>no images</source>
        <translation>aucune image</translation>
    </message>
    <message>
        <source>no positives: the AUC is undefined</source>
        <translation>aucun positif : l&apos;AUC est indéfinie</translation>
    </message>
    <message>
        <source>no negatives: the AUC is undefined</source>
        <translation>aucun négatif : l&apos;AUC est indéfinie</translation>
    </message>
    <message>
        <source>%1 positives and %2 negatives: below the minimum of %3 and %4</source>
        <translation>%1 positifs et %2 négatifs : sous le minimum de %3 et %4</translation>
    </message>
    <message>
        <source>images whose %1 is not recorded; not a group</source>
        <translation>images dont l&apos;attribut %1 n&apos;est pas renseigné ; pas un groupe</translation>
    </message>
</context>
<context>
    <name>cxrfair::TableMetrics</name>
    <message>
        <source>Subgroup metrics: %1 (%2 of %3)</source>
        <translation>Métriques par sous-groupe : %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>%1: %2 images not scored by every model were left out</source>
        <translation>%1 : %2 images non scorées par tous les modèles ont été écartées</translation>
    </message>
    <message>
        <source>%1: no validation scores, so no threshold</source>
        <translation>%1 : pas de scores de validation, donc pas de seuil</translation>
    </message>
</context>
<context>
    <name>cxrfair::Tags</name>
    <message>
        <source>a tag file has no &quot;default&quot; prompts: give each tag its positive and negative prompts under &quot;conditions&quot;</source>
        <translation>un fichier d&apos;étiquettes n&apos;a pas de prompts « default » : donnez à chaque étiquette ses prompts positifs et négatifs sous « conditions »</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; needs positive and negative prompts</source>
        <translation>l&apos;étiquette « %1 » demande des prompts positifs et négatifs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag name (it must not be empty or hold a comma or a colon)</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;étiquette (il ne doit être ni vide, ni contenir de virgule ou de deux-points)</translation>
    </message>
    <message>
        <source>the tag file defines no tag (give them under &quot;conditions&quot;)</source>
        <translation>le fichier d&apos;étiquettes ne définit aucune étiquette (donnez-les sous « conditions »)</translation>
    </message>
</context>
<context>
    <name>cxrfair::ThresholdTableModel</name>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
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
        <translation>Sous-diagnostic</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <source>Share of images with the finding that this threshold calls negative (for No Finding: images with a finding called &quot;no finding&quot;)</source>
        <translation>Part des images avec l&apos;anomalie que ce seuil déclare négatives (pour No Finding : images avec une anomalie déclarées « sans anomalie »)</translation>
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
        <translation>« %1 » n&apos;est pas une règle de seuil : youden, f1, sens:0.9, spec:0.9 ou value:0.5</translation>
    </message>
</context>
<context>
    <name>cxrfair::WordPieceTokenizer</name>
    <message>
        <source>the context length must be at least 2 ([CLS] and [SEP])</source>
        <translation>la longueur de contexte doit valoir au moins 2 ([CLS] et [SEP])</translation>
    </message>
    <message>
        <source>the WordPiece vocabulary lacks the token %1</source>
        <translation>il manque au vocabulaire WordPiece le jeton %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::ZeroShot</name>
    <message>
        <source>an empty prompt set</source>
        <translation>un ensemble de prompts vide</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::AuditCommand</name>
    <message>
        <source>The output folder (created): results, figures, report and manifest.</source>
        <translation>Le dossier de sortie (créé) : résultats, figures, rapport et manifeste.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>A built-in audit instead of CONFIG.json: %1 (the study&apos;s protocol).</source>
        <translation>Un audit intégré au lieu de CONFIG.json : %1 (le protocole de l&apos;étude).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>With --preset: the MIMIC-CXR folder.</source>
        <translation>Avec --preset : le dossier MIMIC-CXR.</translation>
    </message>
    <message>
        <source>With --preset: the MIMIC-IV folder (default: hosp/ under the MIMIC folder).</source>
        <translation>Avec --preset : le dossier MIMIC-IV (par défaut : hosp/ sous le dossier MIMIC).</translation>
    </message>
    <message>
        <source>With --preset: the NIH ChestX-ray14 folder.</source>
        <translation>Avec --preset : le dossier NIH ChestX-ray14.</translation>
    </message>
    <message>
        <source>With --preset: the NEATX drain table (default: found under the NIH folder).</source>
        <translation>Avec --preset : la table des drains NEATX (par défaut : trouvée sous le dossier NIH).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>With --preset: a model bundle (repeat for several).</source>
        <translation>Avec --preset : un paquet de modèle (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>PAQUET</translation>
    </message>
    <message>
        <source>Override the configuration&apos;s random seed.</source>
        <translation>Remplacer la graine aléatoire de la configuration.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Override the configuration&apos;s bootstrap resamples.</source>
        <translation>Remplacer le nombre de rééchantillonnages bootstrap de la configuration.</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores; the results do not depend on it).</source>
        <translation>Fils de calcul (par défaut : tous les cœurs ; les résultats n&apos;en dépendent pas).</translation>
    </message>
    <message>
        <source>Write no figures and no PDF (tables only).</source>
        <translation>N&apos;écrire ni figures ni PDF (tables seulement).</translation>
    </message>
    <message>
        <source>The audit configuration (a cxrfair project file).</source>
        <translation>La configuration de l&apos;audit (un fichier de projet cxrfair).</translation>
    </message>
    <message>
        <source>Run an audit end to end: embeddings (through the store, so reruns are instant), zero-shot scores, subgroup metrics, intersections, thresholds, calibration, the drain shortcut, PCA and probes; then tidy CSV and JSON results, figures (PNG, SVG, PDF), a LaTeX table, an HTML and PDF report with a methods paragraph, and a manifest of input hashes.</source>
        <translation>Lancer un audit de bout en bout : embeddings (par le stockage, les relances sont donc instantanées), scores zero-shot, métriques par sous-groupe, intersections, seuils, calibration, raccourci des drains, ACP et sondes ; puis résultats tidy en CSV et JSON, figures (PNG, SVG, PDF), une table LaTeX, un rapport HTML et PDF avec un paragraphe de méthodes, et un manifeste des empreintes des entrées.</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DOSSIER est requis</translation>
    </message>
    <message>
        <source>give either one CONFIG.json or --preset NAME</source>
        <translation>donnez soit un CONFIG.json, soit --preset NOM</translation>
    </message>
    <message>
        <source>--seed and --bootstrap take non-negative whole numbers</source>
        <translation>--seed et --bootstrap prennent des nombres entiers positifs ou nuls</translation>
    </message>
    <message>
        <source>--threads takes a non-negative whole number</source>
        <translation>--threads prend un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>cxrfair-cli: error: %1</source>
        <translation>cxrfair-cli : erreur : %1</translation>
    </message>
    <message>
        <source>Audit written to %1 (%2 files); report: %3</source>
        <translation>Audit écrit dans %1 (%2 fichiers) ; rapport : %3</translation>
    </message>
    <message numerus="yes">
        <source>cxrfair-cli: the audit is incomplete (%n problem(s)); what finished is kept</source>
        <translation>
            <numerusform>cxrfair-cli : l&apos;audit est incomplet (%n problème) ; ce qui est terminé est conservé</numerusform>
            <numerusform>cxrfair-cli : l&apos;audit est incomplet (%n problèmes) ; ce qui est terminé est conservé</numerusform>
        </translation>
    </message>
    <message>
        <source>The study&apos;s repository (the folder that holds data/performance/): a reproduction table per dataset and in the report.</source>
        <translation>Le dépôt de l&apos;étude (le dossier qui contient data/performance/) : une table de reproduction par jeu de données et dans le rapport.</translation>
    </message>
    <message>
        <source>With --published: which published model each model reproduces, e.g. chexzero=&quot;My CheXzero&quot;.</source>
        <translation>Avec --published : quel modèle publié chaque modèle reproduit, par exemple chexzero=&quot;Mon CheXzero&quot;.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>--published-map goes with --published DIR</source>
        <translation>--published-map va avec --published DOSSIER</translation>
    </message>
    <message>
        <source>--published: no folder %1</source>
        <translation>--published : pas de dossier %1</translation>
    </message>
    <message>
        <source>--published-map: %1</source>
        <translation>--published-map : %1</translation>
    </message>
    <message>
        <source>Write each stage&apos;s wall time and peak memory to this CSV (stage, seconds, peak_rss_mib); it is not part of the results.</source>
        <translation>Écrire la durée et la mémoire maximale de chaque étape dans ce CSV (stage, seconds, peak_rss_mib) ; il ne fait pas partie des résultats.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FICHIER.csv</translation>
    </message>
    <message>
        <source>--timings: cannot write %1 (no such folder, or a folder)</source>
        <translation>--timings : impossible d&apos;écrire %1 (dossier inexistant, ou c&apos;est un dossier)</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::CohortOptions</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>Dataset layout: nih, mimic, chexpert, csv, or auto (default: detect).</source>
        <translation>Organisation du jeu de données : nih, mimic, chexpert, csv ou auto (par défaut : détectée).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The dataset&apos;s folder.</source>
        <translation>Le dossier du jeu de données.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>MIMIC: the MIMIC-IV folder (default: hosp/ under the root).</source>
        <translation>MIMIC : le dossier MIMIC-IV (par défaut : hosp/ sous la racine).</translation>
    </message>
    <message>
        <source>MIMIC: chexpert (default) or negbio labels.</source>
        <translation>MIMIC : étiquettes chexpert (par défaut) ou negbio.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>NIH: the NEATX drain table (default: found under the root).</source>
        <translation>NIH : la table des drains NEATX (par défaut : trouvée sous la racine).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>CheXpert: the demographics table saved as CSV.</source>
        <translation>CheXpert : la table démographique enregistrée en CSV.</translation>
    </message>
    <message>
        <source>Generic CSV: the column mapping (JSON).</source>
        <translation>CSV générique : la correspondance de colonnes (JSON).</translation>
    </message>
    <message>
        <source>Keep only these splits, comma-separated (default: all).</source>
        <translation>Ne garder que ces répartitions, séparées par des virgules (par défaut : toutes).</translation>
    </message>
    <message>
        <source>Keep only these views, comma-separated, or &apos;all&apos; (default: PA,AP).</source>
        <translation>Ne garder que ces vues, séparées par des virgules, ou &apos;all&apos; (par défaut : PA,AP).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Uncertain labels count as: drop (unknown, default), negative, positive.</source>
        <translation>Les étiquettes incertaines comptent comme : drop (inconnues, par défaut), negative, positive.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>Blank labels count as: negative (default, as in the study), drop, positive.</source>
        <translation>Les étiquettes vides comptent comme : negative (par défaut, comme dans l&apos;étude), drop, positive.</translation>
    </message>
    <message>
        <source>Age bin edges (default 18,25,50,65,80).</source>
        <translation>Bornes des tranches d&apos;âge (par défaut 18,25,50,65,80).</translation>
    </message>
    <message>
        <source>EDGES</source>
        <translation>BORNES</translation>
    </message>
    <message>
        <source>Race mapping rules (JSON: [{&quot;prefix&quot;: ..., &quot;group&quot;: ...}]).</source>
        <translation>Règles de correspondance des origines ethniques (JSON : [{&quot;prefix&quot;: ..., &quot;group&quot;: ...}]).</translation>
    </message>
    <message>
        <source>Names of the two sex groups, female first (default Female,Male).</source>
        <translation>Noms des deux groupes de sexe, féminin d&apos;abord (par défaut Female,Male).</translation>
    </message>
    <message>
        <source>F,M</source>
        <translation>F,M</translation>
    </message>
    <message>
        <source>Attribute intersections to count, e.g. sex:age,sex:race.</source>
        <translation>Intersections d&apos;attributs à compter, par ex. sex:age,sex:race.</translation>
    </message>
    <message>
        <source>Do not check that image files exist.</source>
        <translation>Ne pas vérifier que les fichiers d&apos;images existent.</translation>
    </message>
    <message>
        <source>--root DIR is required</source>
        <translation>--root DOSSIER est requis</translation>
    </message>
    <message>
        <source>%1: cannot tell the dataset layout; give --format nih|mimic|chexpert|csv</source>
        <translation>%1 : organisation du jeu de données indéterminable ; donnez --format nih|mimic|chexpert|csv</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (nih, mimic, chexpert, csv or auto)</source>
        <translation>--format « %1 » inconnu (nih, mimic, chexpert, csv ou auto)</translation>
    </message>
    <message>
        <source>--uncertain and --blank take drop, negative or positive</source>
        <translation>--uncertain et --blank prennent drop, negative ou positive</translation>
    </message>
    <message>
        <source>--age-bins: %1</source>
        <translation>--age-bins : %1</translation>
    </message>
    <message>
        <source>--sex-names takes two names, female first, e.g. Female,Male</source>
        <translation>--sex-names prend deux noms, féminin d&apos;abord, par ex. Female,Male</translation>
    </message>
    <message>
        <source>--intersections: &apos;%1&apos; needs two attributes, e.g. sex:age</source>
        <translation>--intersections : « %1 » demande deux attributs, par ex. sex:age</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>--intersections: %1</source>
        <translation>--intersections : %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::Common</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>, %1 s restantes</translation>
    </message>
    <message>
        <source>cpu, cuda or auto (default: cuda when available).</source>
        <translation>cpu, cuda ou auto (par défaut : cuda si disponible).</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>PÉRIPHÉRIQUE</translation>
    </message>
    <message>
        <source>--device takes cpu, cuda or auto, not &apos;%1&apos;</source>
        <translation>--device prend cpu, cuda ou auto, pas « %1 »</translation>
    </message>
    <message>
        <source>warning: the embedding store is damaged: %1</source>
        <translation>avertissement : le magasin d&apos;embeddings est endommagé : %1</translation>
    </message>
    <message numerus="yes">
        <source>about %n damaged or incomplete record(s) of the store were skipped; those of this run&apos;s part were cut out and their images encoded again</source>
        <translation>
            <numerusform>environ %n enregistrement endommagé ou incomplet du magasin a été ignoré ; ceux de la partie de cette exécution ont été retirés et leurs images encodées à nouveau</numerusform>
            <numerusform>environ %n enregistrements endommagés ou incomplets du magasin ont été ignorés ; ceux de la partie de cette exécution ont été retirés et leurs images encodées à nouveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n stored embedding(s) lost, their images left out; run embed again to encode them</source>
        <translation>
            <numerusform>environ %n embedding stocké perdu, ses images laissées de côté ; relancez embed pour les encoder</numerusform>
            <numerusform>environ %n embeddings stockés perdus, leurs images laissées de côté ; relancez embed pour les encoder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n embedding(s) lost and not exported; run embed again to encode their images</source>
        <translation>
            <numerusform>environ %n embedding perdu et non exporté ; relancez embed pour encoder ses images</numerusform>
            <numerusform>environ %n embeddings perdus et non exportés ; relancez embed pour encoder leurs images</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU threads for the encoder (default: one per core).</source>
        <translation>Threads CPU de l&apos;encodeur (par défaut : un par cœur).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--threads takes a non-negative whole number</source>
        <translation>--threads prend un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>The embedding store (from cxrfair-cli embed).</source>
        <translation>Le stockage d&apos;embeddings (de cxrfair-cli embed).</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>STOCKAGE</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>PAQUET</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of at least %2 (not &apos;%3&apos;)</source>
        <translation>--%1 demande un nombre entier d&apos;au moins %2 (pas « %3 »)</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3 (not &apos;%4&apos;)</source>
        <translation>--%1 prend un nombre entier de %2 à %3 (pas « %4 »)</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::CompareCommand</name>
    <message>
        <source>The study repository&apos;s root: the folder that holds data/performance/.</source>
        <translation>La racine du dépôt de l&apos;étude : le dossier qui contient data/performance/.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>A metrics table written by &apos;cxrfair-cli metrics&apos;.</source>
        <translation>Une table de métriques écrite par &apos;cxrfair-cli metrics&apos;.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FICHIER.csv</translation>
    </message>
    <message>
        <source>The comparison to write (CSV).</source>
        <translation>La comparaison à écrire (CSV).</translation>
    </message>
    <message>
        <source>Which published tables: mimic (subgroups, the default) or cxr14 (chest drains).</source>
        <translation>Quelles tables publiées : mimic (sous-groupes, par défaut) ou cxr14 (drains thoraciques).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Published model names for metrics models whose names differ, e.g. chexzero=&quot;CheXzero (fine-tuned)&quot;,biovil=BV.</source>
        <translation>Noms des modèles publiés pour les modèles des métriques dont les noms diffèrent, par exemple chexzero=&quot;CheXzero (affiné)&quot;,biovil=BV.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Puts a metrics table next to the study&apos;s published tables (Sourget et al., FAIMI 2025): one row per published row it matches, with both AUCs and intervals, their difference and whether the intervals overlap.</source>
        <translation>Place une table de métriques à côté des tables publiées de l&apos;étude (Sourget et al., FAIMI 2025) : une ligne par ligne publiée retrouvée, avec les deux AUC et intervalles, leur différence et si les intervalles se chevauchent.</translation>
    </message>
    <message>
        <source>--published DIR, --metrics FILE.csv and --out FILE.csv are required</source>
        <translation>--published DOSSIER, --metrics FICHIER.csv et --out FICHIER.csv sont requis</translation>
    </message>
    <message>
        <source>--dataset takes mimic or cxr14, not &apos;%1&apos;</source>
        <translation>--dataset prend mimic ou cxr14, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--map: %1</source>
        <translation>--map : %1</translation>
    </message>
    <message>
        <source>--map: no published table for %1</source>
        <translation>--map : pas de table publiée pour %1</translation>
    </message>
    <message>
        <source>no published row matches a row of %1 (its models: %2; the published models: %3): name them with --map PUBLISHED=METRICS</source>
        <translation>aucune ligne publiée ne correspond à une ligne de %1 (ses modèles : %2 ; les modèles publiés : %3) : nommez-les avec --map PUBLIÉ=MÉTRIQUES</translation>
    </message>
    <message>
        <source>%1 of %2 published rows matched (%3), %4 with overlapping intervals
</source>
        <translation>%1 lignes publiées sur %2 retrouvées (%3), %4 aux intervalles chevauchants
</translation>
    </message>
    <message>
        <source>%1: the table has no rows</source>
        <translation>%1 : la table n&apos;a aucune ligne</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::DatasetCommand</name>
    <message>
        <source>Dataset   %1 (%2)</source>
        <translation>Jeu de données  %1 (%2)</translation>
    </message>
    <message>
        <source>Root      %1</source>
        <translation>Racine          %1</translation>
    </message>
    <message>
        <source>Images    %1 in the cohort, from %2 patients</source>
        <translation>Images          %1 dans la cohorte, de %2 patients</translation>
    </message>
    <message>
        <source>Left out  %1 missing images, %2 invalid rows, %3 outside the split, %4 outside the views, %5 without labels</source>
        <translation>Écartées        %1 images manquantes, %2 lignes invalides, %3 hors répartition, %4 hors vues, %5 sans étiquettes</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(manquant)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problèmes : %1</translation>
    </message>
    <message>
        <source>  ... and %1 more (--problems N shows more, --json lists them)</source>
        <translation>  ... et %1 de plus (--problems N en montre plus, --json les liste)</translation>
    </message>
    <message>
        <source>Settings  splits: %1; views: %2; uncertain labels: %3; blank labels: %4; age bins: %5</source>
        <translation>Réglages       répartitions : %1 ; vues : %2 ; étiquettes incertaines : %3 ; étiquettes vides : %4 ; tranches d&apos;âge : %5</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Print one JSON object instead of tables.</source>
        <translation>Écrire un objet JSON au lieu de tables.</translation>
    </message>
    <message>
        <source>Problems to print in tables (default 20).</source>
        <translation>Problèmes à afficher dans les tables (par défaut 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Read a chest X-ray dataset in its published layout and summarise the cohort: images, patients, labels per condition, groups per attribute, and every problem found.</source>
        <translation>Lire un jeu de données de radiographies thoraciques dans son organisation publiée et résumer la cohorte : images, patients, étiquettes par pathologie, groupes par attribut, et chaque problème trouvé.</translation>
    </message>
    <message>
        <source>--problems takes a non-negative whole number</source>
        <translation>--problems prend un nombre entier positif ou nul</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::DemoCommand</name>
    <message>
        <source>Folder to write the demo into (created if needed).</source>
        <translation>Dossier où écrire la démo (créé si besoin).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Random seed (default 2025).</source>
        <translation>Graine aléatoire (par défaut 2025).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Images in the NIH-CXR14 tree (default 1600).</source>
        <translation>Images de l&apos;arborescence NIH-CXR14 (par défaut 1600).</translation>
    </message>
    <message>
        <source>Images in the MIMIC-CXR tree (default 1600).</source>
        <translation>Images de l&apos;arborescence MIMIC-CXR (par défaut 1600).</translation>
    </message>
    <message>
        <source>PIXELS</source>
        <translation>PIXELS</translation>
    </message>
    <message>
        <source>Rendering threads (default: all cores; the output does not depend on it).</source>
        <translation>Fils de rendu (par défaut : tous les cœurs ; le résultat n&apos;en dépend pas).</translation>
    </message>
    <message>
        <source>Regenerate even if the folder holds this demo.</source>
        <translation>Régénérer même si le dossier contient cette démo.</translation>
    </message>
    <message>
        <source>Generate the demo datasets: synthetic chest radiographs with the study&apos;s six findings and chest drains, written as an NIH-CXR14 tree (PNG) and a MIMIC-CXR tree (DICOM, MIMIC-IV tables).
The same options always give the same files.</source>
        <translation>Générer les jeux de données de démo : des radiographies thoraciques synthétiques avec les six pathologies de l&apos;étude et des drains thoraciques, écrites en arborescence NIH-CXR14 (PNG) et MIMIC-CXR (DICOM, tables MIMIC-IV).
Les mêmes options donnent toujours les mêmes fichiers.</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DOSSIER est requis</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>The demo in %1 is up to date (seed %2).</source>
        <translation>La démo dans %1 est à jour (graine %2).</translation>
    </message>
    <message>
        <source>Demo written to %1 in %2 s (seed %3).</source>
        <translation>Démo écrite dans %1 en %2 s (graine %3).</translation>
    </message>
    <message>
        <source>  NIH-CXR14 layout:  %1  (%2 images)</source>
        <translation>  Organisation NIH-CXR14 :  %1  (%2 images)</translation>
    </message>
    <message>
        <source>  MIMIC-CXR layout:  %1  (%2 images)</source>
        <translation>  Organisation MIMIC-CXR :  %1  (%2 images)</translation>
    </message>
    <message>
        <source>  Demo model:        %1</source>
        <translation>  Modèle de démo :          %1</translation>
    </message>
    <message>
        <source>Full-dataset scale: only a MIMIC-CXR tree of N images with MIMIC-CXR&apos;s own proportions of patients, studies and images, small images (default 32 pixels), and a demo model whose encoder reads them at their own size, so that embedding hundreds of thousands of images takes minutes.</source>
        <translation>Échelle d&apos;un jeu de données complet : seulement une arborescence MIMIC-CXR de N images, avec les proportions de patients, d&apos;études et d&apos;images de MIMIC-CXR, des images petites (32 pixels par défaut), et un modèle de démo dont l&apos;encodeur les lit à leur taille, pour que l&apos;encodage de centaines de milliers d&apos;images prenne des minutes.</translation>
    </message>
    <message>
        <source>With --images: the demo model&apos;s embedding dimension (default 512, as the study&apos;s models; at least 24).</source>
        <translation>Avec --images : la dimension des plongements du modèle de démo (512 par défaut, comme les modèles de l&apos;étude ; au moins 24).</translation>
    </message>
    <message>
        <source>Image width and height in pixels (default 256; 32 with --images).</source>
        <translation>Largeur et hauteur des images en pixels (256 par défaut ; 32 avec --images).</translation>
    </message>
    <message>
        <source>--images makes a MIMIC-CXR tree alone: it cannot be combined with --nih or --mimic</source>
        <translation>--images crée une arborescence MIMIC-CXR seule : il ne se combine pas avec --nih ni --mimic</translation>
    </message>
    <message>
        <source>with --images, --size must be a multiple of 8 (the model reads the images at their own size)</source>
        <translation>avec --images, --size doit être un multiple de 8 (le modèle lit les images à leur taille)</translation>
    </message>
    <message>
        <source>--dimension is for --images (the demo model is 24-dimensional)</source>
        <translation>--dimension va avec --images (le modèle de démo a 24 dimensions)</translation>
    </message>
    <message>
        <source>--seed, --nih, --mimic, --images, --dimension, --size and --threads take non-negative whole numbers</source>
        <translation>--seed, --nih, --mimic, --images, --dimension, --size et --threads prennent des entiers positifs ou nuls</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::DiscoveryCommands</name>
    <message>
        <source>--%1 takes a share between 0 and 1 (not &apos;%2&apos;)</source>
        <translation>--%1 prend une part entre 0 et 1 (pas « %2 »)</translation>
    </message>
    <message>
        <source>the terms file has no term (one per line)</source>
        <translation>le fichier de termes n&apos;a aucun terme (un par ligne)</translation>
    </message>
    <message>
        <source>an empty sample_id</source>
        <translation>un sample_id vide</translation>
    </message>
    <message>
        <source>the sample_id &apos;%1&apos; is repeated</source>
        <translation>le sample_id « %1 » est répété</translation>
    </message>
    <message>
        <source>%1 rows of keys for %2 rows of embeddings in %3: they must align</source>
        <translation>%1 lignes de clés pour %2 lignes d&apos;embeddings dans %3 : elles doivent correspondre</translation>
    </message>
    <message>
        <source>%1 images (%2 positive): AUC %3 against %4, difference %5 [%6, %7], p %8; %9</source>
        <translation>%1 images (%2 positives) : AUC %3 contre %4, différence %5 [%6, %7], p %8 ; %9</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>STOCKAGE</translation>
    </message>
    <message>
        <source>The model bundle whose embeddings to tag.</source>
        <translation>Le paquet de modèle dont étiqueter les embeddings.</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>PAQUET</translation>
    </message>
    <message>
        <source>The table to write: sample_id, then one score per tag.</source>
        <translation>La table à écrire : sample_id, puis un score par étiquette.</translation>
    </message>
    <message>
        <source>tags.csv</source>
        <translation>tags.csv</translation>
    </message>
    <message>
        <source>More tags, in the prompt JSON format (a tag named as a built-in one replaces it).</source>
        <translation>D&apos;autres étiquettes, au format JSON des prompts (une étiquette du nom d&apos;une étiquette intégrée la remplace).</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FICHIER.json</translation>
    </message>
    <message>
        <source>Write each tag&apos;s AUC against the dataset&apos;s annotation of the same thing (NEATX drains), with its bootstrap interval.</source>
        <translation>Écrire l&apos;AUC de chaque étiquette contre l&apos;annotation de la même chose dans le jeu de données (drains NEATX), avec son intervalle bootstrap.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FICHIER.csv</translation>
    </message>
    <message>
        <source>Print the built-in tags as a JSON file to start one&apos;s own from, and stop.</source>
        <translation>Afficher les étiquettes intégrées comme un fichier JSON dont partir, et s&apos;arrêter.</translation>
    </message>
    <message>
        <source>Seed of the bootstrap (default 2025).</source>
        <translation>Graine du bootstrap (par défaut 2025).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Zero-shot tags for what images show that is not a finding (devices, the acquisition), scored from the stored image embeddings: no image is encoded.</source>
        <translation>Étiquettes zero-shot pour ce que les images montrent et qui n&apos;est pas une observation (dispositifs, acquisition), scorées à partir des embeddings d&apos;images stockés : aucune image n&apos;est encodée.</translation>
    </message>
    <message>
        <source>--store STORE, --model BUNDLE and --out FILE are required</source>
        <translation>--store STOCKAGE, --model PAQUET et --out FICHIER sont requis</translation>
    </message>
    <message>
        <source>Wrote %1 tags of %2 images to %3.</source>
        <translation>%1 étiquettes de %2 images écrites dans %3.</translation>
    </message>
    <message>
        <source>%1 against the annotation &apos;%2&apos;: AUC %3 [%4, %5] on %6 annotated images (%7 with it).</source>
        <translation>%1 contre l&apos;annotation « %2 » : AUC %3 [%4, %5] sur %6 images annotées (%7 avec).</translation>
    </message>
    <message>
        <source>Image embeddings (.npy) as cxrfair-cli embeddings export writes them.</source>
        <translation>Embeddings d&apos;images (.npy) tels que cxrfair-cli embeddings export les écrit.</translation>
    </message>
    <message>
        <source>X.npy</source>
        <translation>X.npy</translation>
    </message>
    <message>
        <source>The keys aligned with X.npy (a sample_id column).</source>
        <translation>Les clés alignées sur X.npy (une colonne sample_id).</translation>
    </message>
    <message>
        <source>K.csv</source>
        <translation>K.csv</translation>
    </message>
    <message>
        <source>Scores as cxrfair-cli score writes them (attributes from its extra columns).</source>
        <translation>Scores tels que cxrfair-cli score les écrit (attributs pris de ses colonnes supplémentaires).</translation>
    </message>
    <message>
        <source>S.csv</source>
        <translation>S.csv</translation>
    </message>
    <message>
        <source>Instead of the three files: the embedding store and --model.</source>
        <translation>À la place des trois fichiers : le stock d&apos;embeddings et --model.</translation>
    </message>
    <message>
        <source>The model bundle (with --store).</source>
        <translation>Le paquet de modèle (avec --store).</translation>
    </message>
    <message>
        <source>With --store: the prompts to score with (a preset or a JSON file; default faimi2025).</source>
        <translation>Avec --store : les prompts pour scorer (un préréglage ou un fichier JSON ; par défaut faimi2025).</translation>
    </message>
    <message>
        <source>PRESET|FILE</source>
        <translation>PRÉRÉGLAGE|FICHIER</translation>
    </message>
    <message>
        <source>With --store: more tags (prompt JSON format) for the enrichment; the built-in ones are always scored.</source>
        <translation>Avec --store : d&apos;autres étiquettes (format JSON des prompts) pour l&apos;enrichissement ; les étiquettes intégrées sont toujours scorées.</translation>
    </message>
    <message>
        <source>With --store: each tag is given to this share of the images (default 0.1).</source>
        <translation>Avec --store : chaque étiquette est donnée à cette part des images (par défaut 0,1).</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>PART</translation>
    </message>
    <message>
        <source>The condition whose errors to slice.</source>
        <translation>La condition dont découper les erreurs.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The slices to write, worst first.</source>
        <translation>Les tranches à écrire, la pire en premier.</translation>
    </message>
    <message>
        <source>slices.csv</source>
        <translation>slices.csv</translation>
    </message>
    <message>
        <source>Write every labelled image&apos;s slice (-1: none) and half.</source>
        <translation>Écrire la tranche (-1 : aucune) et la moitié de chaque image étiquetée.</translation>
    </message>
    <message>
        <source>M.csv</source>
        <translation>M.csv</translation>
    </message>
    <message>
        <source>How many slices (default 5).</source>
        <translation>Combien de tranches (par défaut 5).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Seed of the halves, the mixture and the bootstrap (default 2025).</source>
        <translation>Graine des moitiés, du mélange et du bootstrap (par défaut 2025).</translation>
    </message>
    <message>
        <source>Bootstrap resamples (default 1000).</source>
        <translation>Rééchantillonnages bootstrap (par défaut 1000).</translation>
    </message>
    <message>
        <source>Text embeddings of the terms (.npy, one row per line of --terms).</source>
        <translation>Embeddings textuels des termes (.npy, une ligne par ligne de --terms).</translation>
    </message>
    <message>
        <source>T.npy</source>
        <translation>T.npy</translation>
    </message>
    <message>
        <source>Phrases that describe slices, one per line (with --store, encoded by the model; default: built-in radiology phrases).</source>
        <translation>Phrases qui décrivent les tranches, une par ligne (avec --store, encodées par le modèle ; par défaut : phrases de radiologie intégrées).</translation>
    </message>
    <message>
        <source>terms.txt</source>
        <translation>terms.txt</translation>
    </message>
    <message>
        <source>Finds the groups of images, close in embedding space, where a model does worst on one condition: searched on half of the patients, every figure reported on the other half.</source>
        <translation>Trouve les groupes d&apos;images, proches dans l&apos;espace d&apos;embedding, où un modèle est le plus mauvais sur une condition : cherchés sur la moitié des patients, chaque chiffre donné sur l&apos;autre moitié.</translation>
    </message>
    <message>
        <source>give --embeddings X.npy --keys K.csv --scores S.csv, or --store STORE --model BUNDLE; and --condition NAME and --out FILE</source>
        <translation>donnez --embeddings X.npy --keys K.csv --scores S.csv, ou --store STOCKAGE --model PAQUET ; et --condition NOM et --out FICHIER</translation>
    </message>
    <message>
        <source>--store and --model go together</source>
        <translation>--store et --model vont ensemble</translation>
    </message>
    <message>
        <source>--embeddings, --keys and --scores go together</source>
        <translation>--embeddings, --keys et --scores vont ensemble</translation>
    </message>
    <message>
        <source>--text-embeddings needs --terms (one term per row)</source>
        <translation>--text-embeddings demande --terms (un terme par ligne)</translation>
    </message>
    <message>
        <source>--prompts, --tags and --tag-prevalence go with --store</source>
        <translation>--prompts, --tags et --tag-prevalence vont avec --store</translation>
    </message>
    <message>
        <source>the scores hold %1 models (%2): give one model&apos;s</source>
        <translation>les scores contiennent %1 modèles (%2) : donnez ceux d&apos;un seul modèle</translation>
    </message>
    <message>
        <source>warning: %1 labelled images of %2 have no embedding and are left out</source>
        <translation>avertissement : %1 images étiquetées de %2 n&apos;ont pas d&apos;embedding et sont laissées de côté</translation>
    </message>
    <message>
        <source>%1 rows of text embeddings for %2 terms in %3</source>
        <translation>%1 lignes d&apos;embeddings textuels pour %2 termes dans %3</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>%1 slices of %2 (%3 mixture components on %4 principal components; %5 images searched, %6 held out):</source>
        <translation>%1 tranches de %2 (%3 composantes de mélange sur %4 composantes principales ; %5 images cherchées, %6 réservées) :</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::EmbeddingCommands</name>
    <message>
        <source>Image embeddings (float32 .npy, one row per image).</source>
        <translation>Embeddings d&apos;images (.npy float32, une ligne par image).</translation>
    </message>
    <message>
        <source>X.npy</source>
        <translation>X.npy</translation>
    </message>
    <message>
        <source>A CSV whose rows align with the embeddings, with patient_id and the target.</source>
        <translation>Un CSV dont les lignes s&apos;alignent sur les embeddings, avec patient_id et la cible.</translation>
    </message>
    <message>
        <source>T.csv</source>
        <translation>T.csv</translation>
    </message>
    <message>
        <source>The column to predict (sex, race, age, a label).</source>
        <translation>La colonne à prédire (sex, race, age, une étiquette).</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLONNE</translation>
    </message>
    <message>
        <source>logistic (default) or knn.</source>
        <translation>logistic (par défaut) ou knn.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Patient-grouped cross-validation folds (default 5); 0: the study&apos;s 80/20 split with C chosen on a validation part.</source>
        <translation>Plis de validation croisée groupés par patient (par défaut 5) ; 0 : la répartition 80/20 de l&apos;étude avec C choisi sur une partie de validation.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 2025).</source>
        <translation>Graine aléatoire (par défaut 2025).</translation>
    </message>
    <message>
        <source>Inverse regularisation strength (default 1).</source>
        <translation>Inverse de la force de régularisation (par défaut 1).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>k for k-NN (default 15).</source>
        <translation>k des k plus proches voisins (par défaut 15).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Bootstrap resamples for the intervals (default 1000).</source>
        <translation>Rééchantillonnages bootstrap pour les intervalles (par défaut 1000).</translation>
    </message>
    <message>
        <source>Bin edges when the target is a numeric age.</source>
        <translation>Bornes des classes quand la cible est un âge numérique.</translation>
    </message>
    <message>
        <source>EDGES</source>
        <translation>BORNES</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>How well an attribute can be predicted from image embeddings: a patient-grouped probe with macro one-vs-rest AUC and accuracy.</source>
        <translation>À quel point un attribut se prédit à partir des embeddings d&apos;images : une sonde groupée par patient, avec AUC macro un-contre-tous et exactitude.</translation>
    </message>
    <message>
        <source>--embeddings, --table and --target are required</source>
        <translation>--embeddings, --table et --target sont requis</translation>
    </message>
    <message>
        <source>--classifier takes logistic or knn</source>
        <translation>--classifier prend logistic ou knn</translation>
    </message>
    <message>
        <source>--age-bins: %1</source>
        <translation>--age-bins : %1</translation>
    </message>
    <message>
        <source>%1 has %2 rows but %3 has %4: they must align</source>
        <translation>%1 a %2 lignes mais %3 en a %4 : ils doivent s&apos;aligner</translation>
    </message>
    <message>
        <source>Target     %1 (%2 classes, %3 images evaluated)</source>
        <translation>Cible      %1 (%2 classes, %3 images évaluées)</translation>
    </message>
    <message>
        <source>Method     %1</source>
        <translation>Méthode    %1</translation>
    </message>
    <message>
        <source>Macro AUC  %1 [%2, %3]   (chance 0.5)</source>
        <translation>AUC macro  %1 [%2, %3]   (hasard 0.5)</translation>
    </message>
    <message>
        <source>Accuracy   %1 [%2, %3]   (chance %4)</source>
        <translation>Exactitude %1 [%2, %3]   (hasard %4)</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>indéfinie</translation>
    </message>
    <message>
        <source>warning: a logistic fit did not converge</source>
        <translation>avertissement : un ajustement logistique n&apos;a pas convergé</translation>
    </message>
    <message>
        <source>Image embeddings (.npy).</source>
        <translation>Embeddings d&apos;images (.npy).</translation>
    </message>
    <message>
        <source>The projection to write: row,pc1,pc2,...</source>
        <translation>La projection à écrire : row,pc1,pc2,...</translation>
    </message>
    <message>
        <source>P.csv</source>
        <translation>P.csv</translation>
    </message>
    <message>
        <source>Number of components (default 2).</source>
        <translation>Nombre de composantes (par défaut 2).</translation>
    </message>
    <message>
        <source>Principal components of image embeddings (centred, unscaled).</source>
        <translation>Composantes principales des embeddings d&apos;images (centrées, non réduites).</translation>
    </message>
    <message>
        <source>--embeddings and --out are required</source>
        <translation>--embeddings et --out sont requis</translation>
    </message>
    <message>
        <source>--components takes a positive whole number</source>
        <translation>--components prend un nombre entier positif</translation>
    </message>
    <message>
        <source>Explained variance ratio:</source>
        <translation>Part de variance expliquée :</translation>
    </message>
    <message>
        <source>At most this many images train the probe, whole patients drawn with the seed (default 50000; 0: all). The test images are never sampled.</source>
        <translation>Au plus ce nombre d&apos;images entraîne la sonde, par patients entiers tirés avec la graine (50000 par défaut ; 0 : toutes). Les images de test ne sont jamais échantillonnées.</translation>
    </message>
    <message>
        <source>--folds (0 or at least 2), --seed, --C (positive), --neighbours, --bootstrap and --max-train take numbers</source>
        <translation>--folds (0 ou au moins 2), --seed, --C (positif), --neighbours, --bootstrap et --max-train prennent des nombres</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::ImageCommand</name>
    <message>
        <source>The PNG file to write (8-bit grayscale).</source>
        <translation>Le fichier PNG à écrire (niveaux de gris 8 bits).</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Print JSON describing the image: rows, columns, bits, photometric interpretation, transfer syntax and the window used.</source>
        <translation>Écrire en JSON la description de l&apos;image : lignes, colonnes, bits, interprétation photométrique, syntaxe de transfert et fenêtre utilisée.</translation>
    </message>
    <message>
        <source>Shrink so that the longer side is at most this many pixels.</source>
        <translation>Réduire pour que le plus grand côté fasse au plus ce nombre de pixels.</translation>
    </message>
    <message>
        <source>PIXELS</source>
        <translation>PIXELS</translation>
    </message>
    <message>
        <source>PNG bit depth: 8 (default) or 16.</source>
        <translation>Profondeur du PNG : 8 (par défaut) ou 16.</translation>
    </message>
    <message>
        <source>BITS</source>
        <translation>BITS</translation>
    </message>
    <message>
        <source>The image: DICOM, PNG or JPEG.</source>
        <translation>L&apos;image : DICOM, PNG ou JPEG.</translation>
    </message>
    <message>
        <source>Decode an image as cxrfair sees it (modality and VOI transforms, MONOCHROME1 inverted) and write it as PNG at its native size.</source>
        <translation>Décoder une image comme cxrfair la voit (transformations de modalité et VOI, MONOCHROME1 inversé) et l&apos;écrire en PNG à sa taille d&apos;origine.</translation>
    </message>
    <message>
        <source>give exactly one image FILE (see --help)</source>
        <translation>donnez exactement une image FICHIER (voir --help)</translation>
    </message>
    <message>
        <source>nothing to do: give --out PNG, --info, or both</source>
        <translation>rien à faire : donnez --out PNG, --info, ou les deux</translation>
    </message>
    <message>
        <source>--max-size takes a non-negative whole number</source>
        <translation>--max-size prend un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>--bits takes 8 or 16</source>
        <translation>--bits prend 8 ou 16</translation>
    </message>
    <message>
        <source>%1: cannot write the PNG (%2)</source>
        <translation>%1 : impossible d&apos;écrire le PNG (%2)</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::Main</name>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2</source>
        <translation>« %1 » demande une sous-commande : %2</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
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
        <translation>Utilisation : cxrfair-cli COMMANDE [options]

Auditer l&apos;équité et la robustesse de modèles CLIP pour radiographies thoraciques.

Commandes :
  demo              générer les jeux de données de démo (organisations NIH-CXR14 et MIMIC-CXR)
  dataset summary   lire un jeu de données et résumer sa cohorte
  image export      décoder une image DICOM, PNG ou JPEG et l&apos;écrire en PNG
  metrics           AUC par sous-groupe, intervalles, écarts et raccourcis d&apos;une table de scores
  compare           une table de métriques à côté des tables publiées de l&apos;étude
  power             la plus petite différence d&apos;AUC que la taille d&apos;un groupe permet de détecter (MDD)
  probe             prédire un attribut à partir des embeddings d&apos;images
  pca               composantes principales des embeddings d&apos;images
  mmd               décalage de représentation entre groupes dans l&apos;espace des embeddings (MMD)
  tokenize          afficher les identifiants de jetons de textes (CLIP BPE ou WordPiece)
  model info        afficher le manifeste et l&apos;empreinte d&apos;un paquet de modèle, et vérifier qu&apos;il tourne
  model export      fabriquer un paquet de modèle à partir d&apos;un checkpoint publié (MedCLIP, BioViL, ...)
  embed             encoder les images d&apos;un jeu de données avec un paquet de modèle dans un stockage
  score             scores zero-shot à partir des embeddings stockés et des prompts
  tags              étiquettes zero-shot de dispositifs et d&apos;acquisition à partir des embeddings stockés
  slices            trouver les groupes d&apos;images où un modèle est le plus mauvais
  prompts sweep     AUC par sous-groupe avec plusieurs ensembles de prompts (sensibilité aux prompts)
  saliency          d&apos;où vient le score zero-shot d&apos;une image (occlusion, gradient)
  embeddings export écrire les embeddings d&apos;un stockage en .npy et un CSV de clés
  embeddings import ajouter à un stockage des embeddings calculés ailleurs
  embeddings merge  fusionner les stockages des fragments en un seul
  audit             lancer un audit complet (ou --preset faimi2025) jusqu&apos;au rapport

Lancez &apos;cxrfair-cli COMMANDE --help&apos; pour les options d&apos;une commande.
</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::MetricsCommand</name>
    <message>
        <source>undefined</source>
        <translation>indéfinie</translation>
    </message>
    <message>
        <source> positive)</source>
        <translation> positifs)</translation>
    </message>
    <message>
        <source>%1 gap %2 [%3, %4], worst %5</source>
        <translation>écart %1 %2 [%3, %4], pire %5</translation>
    </message>
    <message>
        <source>shortcut %1:</source>
        <translation>raccourci %1 :</translation>
    </message>
    <message>
        <source>present %1 (%2 positives), absent %3 (%4 positives), difference %5 [%6, %7]</source>
        <translation>présent %1 (%2 positifs), absent %3 (%4 positifs), différence %5 [%6, %7]</translation>
    </message>
    <message>
        <source>The tidy score table: model,condition,sample_id,patient_id,label,score and one column per attribute.</source>
        <translation>La table de scores tidy : model,condition,sample_id,patient_id,label,score et une colonne par attribut.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FICHIER.csv</translation>
    </message>
    <message>
        <source>The metrics table to write (CSV).</source>
        <translation>La table de métriques à écrire (CSV).</translation>
    </message>
    <message>
        <source>Also write the metrics as JSON.</source>
        <translation>Écrire aussi les métriques en JSON.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Attributes to report, comma-separated (default: every extra column).</source>
        <translation>Attributs à rapporter, séparés par des virgules (par défaut : chaque colonne supplémentaire).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Bin edges for a numeric age column.</source>
        <translation>Bornes des classes pour une colonne d&apos;âge numérique.</translation>
    </message>
    <message>
        <source>EDGES</source>
        <translation>BORNES</translation>
    </message>
    <message>
        <source>Attribute intersections, e.g. sex:age,sex:race.</source>
        <translation>Intersections d&apos;attributs, par ex. sex:age,sex:race.</translation>
    </message>
    <message>
        <source>Bootstrap resamples (default 1000).</source>
        <translation>Rééchantillonnages bootstrap (par défaut 1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 2025).</source>
        <translation>Graine aléatoire (par défaut 2025).</translation>
    </message>
    <message>
        <source>Interval level (default 0.95).</source>
        <translation>Niveau des intervalles (par défaut 0.95).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>Resample patients with all their images (&apos;patient&apos;), or images (&apos;none&apos;, the default).</source>
        <translation>Rééchantillonner les patients avec toutes leurs images (&apos;patient&apos;), ou les images (&apos;none&apos;, par défaut).</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNITÉ</translation>
    </message>
    <message>
        <source>Resample positives and negatives separately.</source>
        <translation>Rééchantillonner séparément positifs et négatifs.</translation>
    </message>
    <message>
        <source>Flag groups with fewer positives or negatives (default 10).</source>
        <translation>Signaler les groupes ayant moins de positifs ou de négatifs (par défaut 10).</translation>
    </message>
    <message>
        <source>Operating threshold: youden, f1, sens:0.9, spec:0.9 (chosen on --validation) or value:0.5.</source>
        <translation>Seuil de fonctionnement : youden, f1, sens:0.9, spec:0.9 (choisi sur --validation) ou value:0.5.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>Validation scores (same format) to choose the threshold on.</source>
        <translation>Scores de validation (même format) sur lesquels choisir le seuil.</translation>
    </message>
    <message>
        <source>A 0/1 column recorded on positives (e.g. drain): shortcut analysis.</source>
        <translation>Une colonne 0/1 relevée sur les positifs (par ex. drain) : analyse de raccourci.</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLONNE</translation>
    </message>
    <message>
        <source>DeLong intervals on the logit scale.</source>
        <translation>Intervalles de DeLong sur l&apos;échelle logit.</translation>
    </message>
    <message>
        <source>Worker threads (default: all cores; the results do not depend on it).</source>
        <translation>Fils de calcul (par défaut : tous les cœurs ; les résultats n&apos;en dépendent pas).</translation>
    </message>
    <message>
        <source>Subgroup AUCs with DeLong and bootstrap intervals, tests against the rest (Holm, Benjamini-Hochberg), AUPRC, threshold rates, calibration, gaps and shortcut analysis, from a table of scores.</source>
        <translation>AUC par sous-groupe avec intervalles de DeLong et bootstrap, tests contre le reste (Holm, Benjamini-Hochberg), AUPRC, taux au seuil, calibration, écarts et analyse de raccourci, à partir d&apos;une table de scores.</translation>
    </message>
    <message>
        <source>--scores FILE.csv and --out FILE.csv are required</source>
        <translation>--scores FICHIER.csv et --out FICHIER.csv sont requis</translation>
    </message>
    <message>
        <source>--bootstrap takes a non-negative whole number</source>
        <translation>--bootstrap prend un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number</source>
        <translation>--seed prend un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>--ci takes a level between 0 and 1, e.g. 0.95</source>
        <translation>--ci prend un niveau entre 0 et 1, par ex. 0.95</translation>
    </message>
    <message>
        <source>--cluster takes patient or none</source>
        <translation>--cluster prend patient ou none</translation>
    </message>
    <message>
        <source>--stratify and --cluster patient cannot be combined</source>
        <translation>--stratify et --cluster patient ne se combinent pas</translation>
    </message>
    <message>
        <source>--min-group takes a non-negative whole number</source>
        <translation>--min-group prend un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>--threads takes a non-negative whole number</source>
        <translation>--threads prend un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>--threshold %1 is chosen on validation data: give --validation FILE.csv</source>
        <translation>--threshold %1 se choisit sur des données de validation : donnez --validation FICHIER.csv</translation>
    </message>
    <message>
        <source>--age-bins: %1</source>
        <translation>--age-bins : %1</translation>
    </message>
    <message>
        <source>--intersections: &apos;%1&apos; needs two attributes, e.g. sex:age</source>
        <translation>--intersections : « %1 » demande deux attributs, par ex. sex:age</translation>
    </message>
    <message>
        <source>%1: no confounder column &apos;%2&apos; (the table has: %3)</source>
        <translation>%1 : aucune colonne de facteur de confusion « %2 » (la table a : %3)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>With --confounder: the condition whose positives it splits (default: every condition).</source>
        <translation>Avec --confounder : la pathologie dont il sépare les positifs (par défaut : toutes).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>%1: no condition &apos;%2&apos; for the shortcut analysis (the table has: %3)</source>
        <translation>%1 : pas de pathologie « %2 » pour l&apos;analyse du raccourci (la table contient : %3)</translation>
    </message>
    <message>
        <source>--shortcut-condition needs --confounder COLUMN</source>
        <translation>--shortcut-condition demande --confounder COLONNE</translation>
    </message>
    <message>
        <source>A group whose bootstrap interval is wider than this has insufficient evidence (default 0.2).</source>
        <translation>Un groupe dont l&apos;intervalle bootstrap est plus large que cela a des preuves insuffisantes (0,2 par défaut).</translation>
    </message>
    <message>
        <source>WIDTH</source>
        <translation>LARGEUR</translation>
    </message>
    <message>
        <source>--evidence-width takes a width above 0 and at most 1, e.g. 0.2</source>
        <translation>--evidence-width demande une largeur supérieure à 0 et d&apos;au plus 1, par exemple 0.2</translation>
    </message>
    <message>
        <source>Also write every pair of groups&apos; cross-group AUCs (xAUC) with the bootstrap interval of their disparity.</source>
        <translation>Écrire aussi les AUC croisées (xAUC) de chaque paire de groupes avec l&apos;intervalle bootstrap de leur disparité.</translation>
    </message>
    <message>
        <source>Also write the summary per model, condition and attribute: worst-group AUC, gap with its bias-corrected estimate, ES-AUC, equal-opportunity and equalized-odds differences.</source>
        <translation>Écrire aussi la synthèse par modèle, pathologie et attribut : AUC du pire groupe, écart avec son estimation corrigée du biais, ES-AUC, différences d&apos;égalité des chances et de chances égalisées.</translation>
    </message>
    <message>
        <source>Also compare each attribute&apos;s groups after reweighting them to the same joint distribution of these covariates and the same prevalence (rows with adjusted = matched), e.g. age,view; &apos;default&apos;: age and view for sex and race, sex and view for age, as the audit does.</source>
        <translation>Comparer aussi les groupes de chaque attribut après les avoir repondérés vers la même distribution conjointe de ces covariables et la même prévalence (lignes avec adjusted = matched), par exemple age,view ; &apos;default&apos; : âge et vue pour le sexe et l&apos;origine, sexe et vue pour l&apos;âge, comme le fait l&apos;audit.</translation>
    </message>
    <message>
        <source>csv (the tidy table, the default) or faimi2025: the study&apos;s own layout under the folder --out names, one zeroshot_{model}.csv per model.</source>
        <translation>csv (la table ordonnée, par défaut) ou faimi2025 : l&apos;organisation de l&apos;étude sous le dossier que nomme --out, un zeroshot_{model}.csv par modèle.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>With --format faimi2025: mimic (subgroups, the default) or cxr14 (the shortcut&apos;s strata as groups 0.0 and 1.0).</source>
        <translation>Avec --format faimi2025 : mimic (sous-groupes, par défaut) ou cxr14 (les strates du raccourci comme groupes 0.0 et 1.0).</translation>
    </message>
    <message>
        <source>--format takes csv or faimi2025, not &apos;%1&apos;</source>
        <translation>--format prend csv ou faimi2025, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dataset takes mimic or cxr14, not &apos;%1&apos;</source>
        <translation>--dataset prend mimic ou cxr14, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dataset goes with --format faimi2025</source>
        <translation>--dataset va avec --format faimi2025</translation>
    </message>
    <message>
        <source>--match takes covariates, e.g. age,view</source>
        <translation>--match prend des covariables, par exemple age,view</translation>
    </message>
    <message>
        <source>%1: no column &apos;%2&apos; to match on (the table has: %3)</source>
        <translation>%1 : pas de colonne &apos;%2&apos; sur laquelle apparier (la table a : %3)</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n table(s) in the study&apos;s layout under %1</source>
        <translation>
            <numerusform>%n table écrite dans l&apos;organisation de l&apos;étude sous %1</numerusform>
            <numerusform>%n tables écrites dans l&apos;organisation de l&apos;étude sous %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--match names a covariate twice</source>
        <translation>--match nomme deux fois une covariable</translation>
    </message>
    <message>
        <source>note: %1 is not matched: its only covariate is itself</source>
        <translation>remarque : %1 n&apos;est pas apparié : sa seule covariable est lui-même</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::MmdCommand</name>
    <message>
        <source>Image embeddings (.npy, one image per row).</source>
        <translation>Embeddings d&apos;images (.npy, une image par ligne).</translation>
    </message>
    <message>
        <source>X.npy</source>
        <translation>X.npy</translation>
    </message>
    <message>
        <source>A CSV table with one row per embedding, in the same order (as `embeddings export` writes), holding the attribute&apos;s column.</source>
        <translation>Une table CSV d&apos;une ligne par embedding, dans le même ordre (comme l&apos;écrit `embeddings export`), qui contient la colonne de l&apos;attribut.</translation>
    </message>
    <message>
        <source>K.csv</source>
        <translation>K.csv</translation>
    </message>
    <message>
        <source>The column whose values are the groups (empty: left out).</source>
        <translation>La colonne dont les valeurs sont les groupes (vide : écartée).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Seed of the subsamples and permutations.</source>
        <translation>Graine des sous-échantillons et des permutations.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Permutations (default 1000).</source>
        <translation>Permutations (1000 par défaut).</translation>
    </message>
    <message>
        <source>Images drawn per group at most (default 5000).</source>
        <translation>Images tirées par groupe au plus (5000 par défaut).</translation>
    </message>
    <message>
        <source>Bin edges for a numeric age column (default: the study&apos;s).</source>
        <translation>Bornes des classes d&apos;une colonne d&apos;âge numérique (par défaut : celles de l&apos;étude).</translation>
    </message>
    <message>
        <source>EDGES</source>
        <translation>BORNES</translation>
    </message>
    <message>
        <source>Representation shift: for every pair of an attribute&apos;s groups, the unbiased squared maximum mean discrepancy of their embeddings (Gaussian kernel, median-distance bandwidth) with a permutation p-value, as JSON.</source>
        <translation>Décalage de représentation : pour chaque paire de groupes d&apos;un attribut, l&apos;estimateur sans biais du carré de la discrépance moyenne maximale (MMD) de leurs embeddings (noyau gaussien, largeur à la distance médiane) avec une p-valeur par permutation, en JSON.</translation>
    </message>
    <message>
        <source>--embeddings, --keys and --attribute are required</source>
        <translation>--embeddings, --keys et --attribute sont requis</translation>
    </message>
    <message>
        <source>--seed takes a whole number of at least 0, not &apos;%1&apos;</source>
        <translation>--seed demande un nombre entier d&apos;au moins 0, pas « %1 »</translation>
    </message>
    <message>
        <source>--age-bins: %1</source>
        <translation>--age-bins : %1</translation>
    </message>
    <message>
        <source>%1 has %2 rows and %3 has %4 embeddings: they must match, row for row</source>
        <translation>%1 a %2 lignes et %3 a %4 embeddings : ils doivent correspondre, ligne à ligne</translation>
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
        <translation>clip-bpe ou wordpiece.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The vocabulary: CLIP&apos;s bpe_simple_vocab_16e6.txt(.gz) or BERT&apos;s vocab.txt.</source>
        <translation>Le vocabulaire : bpe_simple_vocab_16e6.txt(.gz) de CLIP ou vocab.txt de BERT.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>WordPiece: lower-case and strip accents (uncased models). CLIP always lower-cases.</source>
        <translation>WordPiece : mettre en minuscules et retirer les accents (modèles uncased). CLIP met toujours en minuscules.</translation>
    </message>
    <message>
        <source>Context length: ids are truncated to it, end token kept (default 77 for clip-bpe, 512 for wordpiece).</source>
        <translation>Longueur de contexte : les identifiants y sont tronqués, jeton de fin conservé (par défaut 77 pour clip-bpe, 512 pour wordpiece).</translation>
    </message>
    <message>
        <source>Texts to tokenize.</source>
        <translation>Textes à tokeniser.</translation>
    </message>
    <message>
        <source>Print the token ids of each TEXT, one line per text, separated by single spaces, with start and end tokens and without padding.</source>
        <translation>Afficher les identifiants de jetons de chaque TEXTE, une ligne par texte, séparés par des espaces simples, avec jetons de début et de fin et sans remplissage.</translation>
    </message>
    <message>
        <source>--tokenizer takes clip-bpe or wordpiece</source>
        <translation>--tokenizer prend clip-bpe ou wordpiece</translation>
    </message>
    <message>
        <source>--vocab FILE is required</source>
        <translation>--vocab FICHIER est requis</translation>
    </message>
    <message>
        <source>--context takes a whole number of at least 2</source>
        <translation>--context prend un nombre entier d&apos;au moins 2</translation>
    </message>
    <message>
        <source>The model bundle (NAME.cxrmodel folder).</source>
        <translation>Le paquet de modèle (dossier NOM.cxrmodel).</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>PAQUET</translation>
    </message>
    <message>
        <source>The embedding store folder (created; an existing one is resumed).</source>
        <translation>Le dossier du stockage d&apos;embeddings (créé ; un stockage existant est repris).</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>STOCKAGE</translation>
    </message>
    <message>
        <source>Threads decoding and preprocessing images (default: one per core).</source>
        <translation>Fils de décodage et de prétraitement des images (par défaut : un par cœur).</translation>
    </message>
    <message>
        <source>Encode only shard i of N (0-based), chosen by a stable hash of the image key; N processes fill one store.</source>
        <translation>N&apos;encoder que le fragment i sur N (à partir de 0), choisi par un hachage stable de la clé d&apos;image ; N processus remplissent un même stockage.</translation>
    </message>
    <message>
        <source>i/N</source>
        <translation>i/N</translation>
    </message>
    <message>
        <source>Encode a dataset&apos;s images with a model&apos;s image encoder and store the embeddings. Embeddings are appended as they are produced: a second run reuses them, and an interrupted run resumes where it stopped.</source>
        <translation>Encoder les images d&apos;un jeu de données avec l&apos;encodeur d&apos;images d&apos;un modèle et stocker les embeddings. Les embeddings sont ajoutés au fur et à mesure : une deuxième exécution les réutilise, et une exécution interrompue reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>--model BUNDLE and --out STORE are required</source>
        <translation>--model PAQUET et --out STOCKAGE sont requis</translation>
    </message>
    <message>
        <source>--decode-threads takes a non-negative whole number</source>
        <translation>--decode-threads prend un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>--shard takes i/N with 0 &lt;= i &lt; N, e.g. 3/8</source>
        <translation>--shard prend i/N avec 0 &lt;= i &lt; N, par ex. 3/8</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Encoded %1 images in %2 s (%3 images/s) on %4, batch %5.</source>
        <translation>%1 images encodées en %2 s (%3 images/s) sur %4, lot de %5.</translation>
    </message>
    <message>
        <source>Images %1 (shard %2/%3): %4 already stored, %5 encoded, %6 failed.</source>
        <translation>Images %1 (fragment %2/%3) : %4 déjà stockées, %5 encodées, %6 en échec.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Stockage : %1</translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation>  ... et %1 de plus</translation>
    </message>
    <message>
        <source>The model bundle whose embeddings to score.</source>
        <translation>Le paquet de modèle dont scorer les embeddings.</translation>
    </message>
    <message>
        <source>A prompt preset (%1; default faimi2025: &apos;Chest {condition}&apos; against &apos;Chest No findings&apos;) or a JSON file.</source>
        <translation>Un préréglage de prompts (%1 ; par défaut faimi2025 : &apos;Chest {condition}&apos; contre &apos;Chest No findings&apos;) ou un fichier JSON.</translation>
    </message>
    <message>
        <source>PRESET|FILE</source>
        <translation>PRÉRÉGLAGE|FICHIER</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>The score table to write (CSV, .gz allowed).</source>
        <translation>La table de scores à écrire (CSV, .gz accepté).</translation>
    </message>
    <message>
        <source>scores.csv</source>
        <translation>scores.csv</translation>
    </message>
    <message>
        <source>Zero-shot scores from stored image embeddings: for each condition, sigmoid(T (v.t+ - v.t-)) with the model&apos;s logit scale T. Only the prompts are encoded; images never are. Writes the table cxrfair-cli metrics reads.</source>
        <translation>Scores zero-shot à partir d&apos;embeddings d&apos;images stockés : pour chaque pathologie, sigmoid(T (v.t+ - v.t-)) avec l&apos;échelle de logit T du modèle. Seuls les prompts sont encodés ; les images jamais. Écrit la table que lit cxrfair-cli metrics.</translation>
    </message>
    <message>
        <source>--store STORE, --model BUNDLE and --out FILE are required</source>
        <translation>--store STOCKAGEAGE, --model PAQUET et --out FICHIER sont requis</translation>
    </message>
    <message>
        <source>Wrote %1 scores (%2 conditions, %3 prompts encoded) to %4.</source>
        <translation>%1 scores écrits (%2 pathologies, %3 prompts encodés) dans %4.</translation>
    </message>
    <message>
        <source>%1 of %2 images have no embedding (failed, or not encoded yet) and are left out.</source>
        <translation>%1 images sur %2 n&apos;ont pas d&apos;embedding (échec, ou pas encore encodées) et sont écartées.</translation>
    </message>
    <message>
        <source>Failed images (all listed in %1):</source>
        <translation>Images en échec (toutes listées dans %1) :</translation>
    </message>
    <message>
        <source>Conditions to score, comma-separated (default: every condition of the dataset with positive and negative labels).</source>
        <translation>Pathologies à scorer, séparées par des virgules (par défaut : chaque pathologie du jeu de données ayant des étiquettes positives et négatives).</translation>
    </message>
    <message>
        <source>Left out (no positive or no negative label): %1.</source>
        <translation>Écartées (aucune étiquette positive ou négative) : %1.</translation>
    </message>
    <message>
        <source>Images per forward pass, halved on out-of-memory (default 0: 1 on the CPU, so that each embedding depends on its image alone; 32 on CUDA).</source>
        <translation>Images par passe avant, divisé par deux en cas de mémoire épuisée (par défaut 0 : 1 sur le CPU, pour que chaque embedding ne dépende que de son image ; 32 sur CUDA).</translation>
    </message>
    <message>
        <source>--batch takes a non-negative whole number</source>
        <translation>--batch prend un nombre entier positif ou nul</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::ModelExportCommand</name>
    <message>
        <source>could not start %1: %2</source>
        <translation>impossible de lancer %1 : %2</translation>
    </message>
    <message>
        <source>the model exporter stopped abnormally</source>
        <translation>l&apos;exportateur de modèles s&apos;est arrêté anormalement</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::ModelInfoCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>The model bundle (NAME.cxrmodel).</source>
        <translation>Le paquet de modèle (NOM.cxrmodel).</translation>
    </message>
    <message>
        <source>Print a model bundle&apos;s manifest and content hash, and check it: both encoders load and a probe image and a probe prompt give finite embeddings of the manifest&apos;s dimension.</source>
        <translation>Afficher le manifeste et l&apos;empreinte du contenu d&apos;un paquet de modèle, et le vérifier : les deux encodeurs se chargent, et une image et un prompt de test donnent des embeddings finis de la dimension du manifeste.</translation>
    </message>
    <message>
        <source>give exactly one BUNDLE (see --help)</source>
        <translation>donnez exactement un PAQUET (voir --help)</translation>
    </message>
    <message>
        <source>Model      %1</source>
        <translation>Modèle     %1</translation>
    </message>
    <message>
        <source>Citation   %1</source>
        <translation>Citation   %1</translation>
    </message>
    <message>
        <source>Bundle     %1</source>
        <translation>Paquet     %1</translation>
    </message>
    <message>
        <source>SHA-256    %1</source>
        <translation>SHA-256    %1</translation>
    </message>
    <message>
        <source>Embedding  %1 dimensions, logit scale %2</source>
        <translation>Embedding  %1 dimensions, échelle de logit %2</translation>
    </message>
    <message>
        <source>Check      on %1: image %2x%3 -&gt; [%4, %5] in %6 ms; &quot;%7&quot; -&gt; [%8, %9] in %10 ms; %11</source>
        <translation>Test       sur %1 : image %2x%3 -&gt; [%4, %5] en %6 ms ; « %7 » -&gt; [%8, %9] en %10 ms ; %11</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED (not finite, or not the manifest&apos;s dimension)</source>
        <translation>ÉCHEC (valeurs non finies, ou pas la dimension du manifeste)</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifeste</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::PowerCommand</name>
    <message>
        <source>--%1 takes a number, not &apos;%2&apos;</source>
        <translation>--%1 demande un nombre, pas « %2 »</translation>
    </message>
    <message>
        <source>The group&apos;s positives.</source>
        <translation>Les positifs du groupe.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The group&apos;s negatives.</source>
        <translation>Les négatifs du groupe.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The other images&apos; positives.</source>
        <translation>Les positifs des autres images.</translation>
    </message>
    <message>
        <source>N2</source>
        <translation>N2</translation>
    </message>
    <message>
        <source>The other images&apos; negatives.</source>
        <translation>Les négatifs des autres images.</translation>
    </message>
    <message>
        <source>M2</source>
        <translation>M2</translation>
    </message>
    <message>
        <source>The overall AUC, used for both standard errors.</source>
        <translation>L&apos;AUC globale, utilisée pour les deux erreurs types.</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Two-sided significance level (default 0.05).</source>
        <translation>Niveau de signification bilatéral (0,05 par défaut).</translation>
    </message>
    <message>
        <source>ALPHA</source>
        <translation>ALPHA</translation>
    </message>
    <message>
        <source>Power (default 0.8).</source>
        <translation>Puissance (0,8 par défaut).</translation>
    </message>
    <message>
        <source>POWER</source>
        <translation>PUISSANCE</translation>
    </message>
    <message>
        <source>Also the positives the group needs (at its ratio of negatives to positives) for its MDD to be at most D.</source>
        <translation>Aussi le nombre de positifs qu&apos;il faut au groupe (à son rapport de négatifs aux positifs) pour que sa MDD soit au plus D.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>The minimum detectable difference (MDD) of a group&apos;s AUC against the rest&apos;s, from Hanley and McNeil&apos;s standard errors, as JSON: how large a gap the group&apos;s size can tell from noise.</source>
        <translation>La différence minimale détectable (MDD) de l&apos;AUC d&apos;un groupe par rapport à celle du reste, d&apos;après les erreurs types de Hanley et McNeil, en JSON : quel écart la taille du groupe permet de distinguer du bruit.</translation>
    </message>
    <message>
        <source>--positives, --negatives, --rest-positives, --rest-negatives and --auc are required</source>
        <translation>--positives, --negatives, --rest-positives, --rest-negatives et --auc sont requis</translation>
    </message>
    <message>
        <source>--difference takes a number above 0, not %1</source>
        <translation>--difference demande un nombre supérieur à 0, pas %1</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::PromptCommands</name>
    <message>
        <source>The model bundle whose embeddings to score.</source>
        <translation>Le paquet de modèle dont noter les embeddings.</translation>
    </message>
    <message>
        <source>The AUC of each prompt set, condition, attribute and group (CSV); the summary goes beside it as NAME-summary.csv.</source>
        <translation>L&apos;AUC de chaque ensemble de prompts, condition, attribut et groupe (CSV) ; le résumé est écrit à côté, NOM-summary.csv.</translation>
    </message>
    <message>
        <source>sweep.csv</source>
        <translation>sweep.csv</translation>
    </message>
    <message>
        <source>Prompt sets, comma-separated: %1, or prompt JSON files (default: all three built-in ones; synonyms gives one set per phrasing).</source>
        <translation>Ensembles de prompts, séparés par des virgules : %1, ou des fichiers JSON de prompts (par défaut : les trois intégrés ; synonyms donne un ensemble par formulation).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Attributes to group by, comma-separated (default: every attribute of the images).</source>
        <translation>Attributs de groupement, séparés par des virgules (par défaut : tous les attributs des images).</translation>
    </message>
    <message>
        <source>Bin edges for the age (default: the study&apos;s).</source>
        <translation>Bornes des tranches d&apos;âge (par défaut : celles de l&apos;étude).</translation>
    </message>
    <message>
        <source>EDGES</source>
        <translation>BORNES</translation>
    </message>
    <message>
        <source>Prompt sensitivity: every study condition&apos;s zero-shot AUC, overall and per group, under several prompt sets, scored from the stored embeddings (no image is encoded). A gap that changes with the words is not a finding.</source>
        <translation>Sensibilité aux prompts : l&apos;AUC zero-shot de chaque condition de l&apos;étude, globale et par groupe, avec plusieurs ensembles de prompts, calculée à partir des embeddings stockés (aucune image n&apos;est encodée). Un écart qui change avec les mots n&apos;est pas un résultat.</translation>
    </message>
    <message>
        <source>--store STORE, --model BUNDLE and --out FILE are required</source>
        <translation>--store STOCKAGE, --model PAQUET et --out FICHIER sont obligatoires</translation>
    </message>
    <message>
        <source>--age-bins: %1</source>
        <translation>--age-bins : %1</translation>
    </message>
    <message>
        <source>--attributes: no attribute column &apos;%1&apos; (the images have: %2)</source>
        <translation>--attributes : pas de colonne d&apos;attribut « %1 » (les images ont : %2)</translation>
    </message>
    <message>
        <source>Prompt sweep</source>
        <translation>Balayage de prompts</translation>
    </message>
    <message>
        <source>%1: %2 prompt sets, %3 conditions.</source>
        <translation>%1 : %2 ensembles de prompts, %3 conditions.</translation>
    </message>
    <message>
        <source>    inverted (AUC below 0.5): %1</source>
        <translation>    inversé (AUC inférieure à 0,5) : %1</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>%1 et %2 écrits.</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::SaliencyCommand</name>
    <message>
        <source>--%1 takes a number of pixels from 1 to 16384 (not &apos;%2&apos;)</source>
        <translation>--%1 prend un nombre de pixels de 1 à 16384 (pas « %2 »)</translation>
    </message>
    <message>
        <source>The model bundle.</source>
        <translation>Le paquet de modèle.</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>PAQUET</translation>
    </message>
    <message>
        <source>The radiograph (DICOM, PNG or JPEG).</source>
        <translation>La radiographie (DICOM, PNG ou JPEG).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The condition whose score to explain.</source>
        <translation>La condition dont expliquer le score.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The map: float32 .npy of shape (rows, columns).</source>
        <translation>La carte : .npy float32 de forme (lignes, colonnes).</translation>
    </message>
    <message>
        <source>MAP.npy</source>
        <translation>CARTE.npy</translation>
    </message>
    <message>
        <source>occlusion (the default; every bundle, forward passes only) or gradient (gradient x input; encoders with autograd).</source>
        <translation>occlusion (par défaut ; tout paquet, passes avant seulement) ou gradient (gradient x entrée ; encodeurs avec autograd).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>Occlusion: the side of the patch (default 32).</source>
        <translation>Occlusion : le côté du carré (32 par défaut).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Occlusion: the step between patches (default 16).</source>
        <translation>Occlusion : le pas entre les carrés (16 par défaut).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>A prompt preset (%1; default faimi2025) or a JSON file.</source>
        <translation>Un préréglage de prompts (%1 ; faimi2025 par défaut) ou un fichier JSON.</translation>
    </message>
    <message>
        <source>PRESET|FILE</source>
        <translation>PRÉRÉGLAGE|FICHIER</translation>
    </message>
    <message>
        <source>Also write the image with the map over it and a colour bar (PNG).</source>
        <translation>Écrire aussi l&apos;image avec la carte par-dessus et une barre de couleurs (PNG).</translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation>SORTIE.png</translation>
    </message>
    <message>
        <source>Where a zero-shot score comes from on one image: occlusion (the score&apos;s drop when a patch of the input is set to 0) or gradient x input.</source>
        <translation>D&apos;où vient un score zero-shot sur une image : occlusion (la baisse du score quand un carré de l&apos;entrée est mis à 0) ou gradient x entrée.</translation>
    </message>
    <message>
        <source>--model BUNDLE, --image FILE, --condition NAME and --out MAP.npy are required</source>
        <translation>--model PAQUET, --image FICHIER, --condition NOM et --out CARTE.npy sont obligatoires</translation>
    </message>
    <message>
        <source>--method takes occlusion or gradient (not &apos;%1&apos;)</source>
        <translation>--method prend occlusion ou gradient (pas « %1 »)</translation>
    </message>
    <message>
        <source>--patch and --stride are for --method occlusion</source>
        <translation>--patch et --stride sont pour --method occlusion</translation>
    </message>
    <message>
        <source>%1 of %2 for %3: score %4; map %5 x %6 (%7, on %8) written to %9.</source>
        <translation>%1 de %2 pour %3 : score %4 ; carte %5 x %6 (%7, sur %8) écrite dans %9.</translation>
    </message>
    <message>
        <source>patch %1, stride %2</source>
        <translation>carré %1, pas %2</translation>
    </message>
    <message>
        <source>one value per input pixel</source>
        <translation>une valeur par pixel d&apos;entrée</translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::StoreCommands</name>
    <message>
        <source>no segment &apos;%1&apos; in the store (it has: %2)</source>
        <translation>aucun segment « %1 » dans le stockage (il a : %2)</translation>
    </message>
    <message>
        <source>The embedding store.</source>
        <translation>Le stockage d&apos;embeddings.</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>STOCKAGE</translation>
    </message>
    <message>
        <source>Export the embeddings of this bundle.</source>
        <translation>Exporter les embeddings de ce paquet.</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>PAQUET</translation>
    </message>
    <message>
        <source>Or name the segment (its folder or model name; default: the only one).</source>
        <translation>Ou nommer le segment (son dossier ou le nom du modèle ; par défaut : le seul).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The embeddings (float32, C order .npy).</source>
        <translation>Les embeddings (.npy float32, ordre C).</translation>
    </message>
    <message>
        <source>X.npy</source>
        <translation>X.npy</translation>
    </message>
    <message>
        <source>The rows&apos; keys: index, sample_id, patient_id, path, then the attributes and labels when the store has them.</source>
        <translation>Les clés des lignes : index, sample_id, patient_id, path, puis les attributs et étiquettes quand le stockage les a.</translation>
    </message>
    <message>
        <source>K.csv</source>
        <translation>K.csv</translation>
    </message>
    <message>
        <source>Write a store&apos;s embeddings as a NumPy array and a CSV of keys aligned with its rows (np.load and pandas.read_csv read them).</source>
        <translation>Écrire les embeddings d&apos;un stockage en tableau NumPy et un CSV de clés aligné sur ses lignes (np.load et pandas.read_csv les lisent).</translation>
    </message>
    <message>
        <source>--store STORE, --out X.npy and --keys K.csv are required</source>
        <translation>--store STOCKAGEAGE, --out X.npy et --keys K.csv sont requis</translation>
    </message>
    <message>
        <source>Exported %1 embeddings of %2 (dimension %3) to %4 and %5.</source>
        <translation>%1 embeddings de %2 (dimension %3) exportés vers %4 et %5.</translation>
    </message>
    <message>
        <source>Image embeddings computed elsewhere (.npy, one row per image).</source>
        <translation>Embeddings d&apos;images calculés ailleurs (.npy, une ligne par image).</translation>
    </message>
    <message>
        <source>A CSV aligned with the rows (a cxrfair keys file, or the study&apos;s metadata CSV).</source>
        <translation>Un CSV aligné sur les lignes (un fichier de clés cxrfair, ou le CSV de métadonnées de l&apos;étude).</translation>
    </message>
    <message>
        <source>The column of image ids (default: the first of sample_id, dicom_id, Image Index, image_id, path, Path).</source>
        <translation>La colonne des identifiants d&apos;images (par défaut : la première de sample_id, dicom_id, Image Index, image_id, path, Path).</translation>
    </message>
    <message>
        <source>The model&apos;s name (default: the file&apos;s name).</source>
        <translation>Le nom du modèle (par défaut : le nom du fichier).</translation>
    </message>
    <message>
        <source>The embedding store to add them to.</source>
        <translation>Le stockage d&apos;embeddings auquel les ajouter.</translation>
    </message>
    <message>
        <source>Add embeddings computed elsewhere to a store as an &quot;embeddings only&quot; model, for the embedding views and export.</source>
        <translation>Ajouter à un stockage des embeddings calculés ailleurs comme modèle « embeddings seulement », pour les vues d&apos;embeddings et l&apos;export.</translation>
    </message>
    <message>
        <source>--embeddings X.npy, --keys K.csv and --out STORE are required</source>
        <translation>--embeddings X.npy, --keys K.csv et --out STOCKAGE sont requis</translation>
    </message>
    <message>
        <source>Imported %1 embeddings of dimension %2 as &apos;%3&apos; into %4.</source>
        <translation>%1 embeddings de dimension %2 importés sous « %3 » dans %4.</translation>
    </message>
    <message>
        <source>The merged store (created, or added to).</source>
        <translation>Le stockage fusionné (créé, ou complété).</translation>
    </message>
    <message>
        <source>The stores of the shards, e.g. store-0 store-1 ...</source>
        <translation>Les stockages des fragments, par ex. store-0 store-1 ...</translation>
    </message>
    <message>
        <source>Join the stores of shard runs (cxrfair-cli embed --shard i/N) into one. Stores of different models, preprocessing or datasets are refused.</source>
        <translation>Fusionner les stockages des fragments (cxrfair-cli embed --shard i/N) en un seul. Les stockages de modèles, prétraitements ou jeux de données différents sont refusés.</translation>
    </message>
    <message>
        <source>--out STORE and at least one store to merge are required</source>
        <translation>--out STOCKAGE et au moins un stockage à fusionner sont requis</translation>
    </message>
    <message>
        <source>%1: %2 embeddings of dimension %3</source>
        <translation>%1 : %2 embeddings de dimension %3</translation>
    </message>
    <message>
        <source>Merged %1 store(s) into %2 (%3 part files copied).</source>
        <translation>%1 stockage(s) fusionné(s) dans %2 (%3 fichiers de parties copiés).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Audit CLIP-based chest X-ray models for fairness and robustness.</source>
        <translation>Auditer l&apos;équité et la robustesse des modèles CLIP pour la radiographie thoracique.</translation>
    </message>
    <message>
        <source>Open the demo datasets.</source>
        <translation>Ouvrir les jeux de données de la démo.</translation>
    </message>
    <message>
        <source>Open the dataset in DIR.</source>
        <translation>Ouvrir le jeu de données de DOSSIER.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>The layout of --open: nih, mimic, chexpert (default: detect).</source>
        <translation>L&apos;organisation de --open : nih, mimic, chexpert (par défaut : détectée).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Once everything is loaded, save the window to FILE and quit.</source>
        <translation>Une fois tout chargé, enregistrer la fenêtre dans FICHIER et quitter.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Interface language (fr, es, en).</source>
        <translation>Langue de l&apos;interface (fr, es, en).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Open a score table and chart its subgroup AUCs.</source>
        <translation>Ouvrir une table de scores et tracer ses AUC par sous-groupe.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VUE</translation>
    </message>
    <message>
        <source>Once everything is loaded, open the guided tour at STEP (1 is the first; 0 resumes where it was left).</source>
        <translation>Une fois tout chargé, ouvrir la visite guidée à l&apos;ÉTAPE (1 est la première ; 0 reprend là où elle a été laissée).</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <source>Window colours: system, light or dark.</source>
        <translation>Couleurs de la fenêtre : system, light ou dark.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Open the window at WxH pixels (e.g. 1600x1000 for the documentation&apos;s pictures) instead of the size it would take on this screen.</source>
        <translation>Ouvrir la fenêtre à LxH pixels (p. ex. 1600x1000 pour les images de la documentation) au lieu de la taille qu&apos;elle prendrait sur cet écran.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Once everything is loaded, raise a view: auc, roc, shortcut, embeddings, slices, sensitivity, summary, gallery, prompts or jobs.</source>
        <translation>Une fois tout chargé, afficher une vue : auc, roc, shortcut, embeddings, slices, sensitivity, summary, gallery, prompts ou jobs.</translation>
    </message>
    <message>
        <source>Draw the study&apos;s published results (the folder that holds data/performance/) on the subgroup bars.</source>
        <translation>Dessiner les résultats publiés de l&apos;étude (le dossier qui contient data/performance/) sur les barres des sous-groupes.</translation>
    </message>
    <message>
        <source>With --published: which published model each model reproduces, e.g. chexzero=&quot;My CheXzero&quot;.</source>
        <translation>Avec --published : quel modèle publié chaque modèle reproduit, par exemple chexzero=&quot;Mon CheXzero&quot;.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
</context>
</TS>
