<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cxrfair::AddDatasetDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping (generic CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Race:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label &amp;columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the columns that hold a condition&apos;s label (1, 0, -1 or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout of this folder is not recognised: choose it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A generic CSV needs a table, its image column and at least one label column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the column mapping %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 images; %n problem(s), listed in the Problems tab. Add it as it is, or fix the files first.</source>
        <translation>
            <numerusform>%1 images; %n problem, listed in the Problems tab. Add it as it is, or fix the files first.</numerusform>
            <numerusform>%1 images; %n problems, listed in the Problems tab. Add it as it is, or fix the files first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 images, no problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table&apos;s first rows, read with the delimiter chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dataset&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::AgeBins</name>
    <message>
        <source>age bins need at least one edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age bin edges must be finite ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age bin edges must increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::AnalysisViews</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3, label %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC and Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCA selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup AUC (comparison)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::AttributeCountsModel</name>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::AuditPreset</name>
    <message>
        <source>unknown preset &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preset needs a MIMIC-CXR or an NIH-CXR14 folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preset needs at least one model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::AuditReport</name>
    <message>
        <source>patients, all images of a patient together,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images, positives and negatives separately,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (model bundle SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>We audited %n CLIP-based model(s), %1, with cxrfair %2.</source>
        <translation>
            <numerusform>We audited %n CLIP-based model, %1, with cxrfair %2.</numerusform>
            <numerusform>We audited %n CLIP-based models, %1, with cxrfair %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 images of %4 patients, read from %5. Views: %6; splits: %7; uncertain labels: %8; blank labels: %9; age groups %10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each image was encoded once per model; a condition&apos;s zero-shot score is sigmoid(T (v.t+ - v.t-)) with the model&apos;s logit scale T, the positive prompt(s) &quot;%1&quot; and the negative prompt(s) &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUCs are given with %1% percentile bootstrap intervals over %2 resamples of %3 with seed %4, and DeLong intervals; each group is tested against the rest with Holm&apos;s correction. Groups with fewer than %5 positives or negatives are flagged and left out of the gaps. Operating thresholds were chosen by the rule %6 on a validation part of 20% of the patients and the rates reported on the others; calibration uses %7 equal-width bins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image embeddings were projected on two principal components (centred, unscaled), and logistic probes predicted %1 from them with an 80/20 split by patient (C chosen on 20% of the training patients), scored by the macro one-vs-rest AUC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxrfair audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images of %2 patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC on all images (95% bootstrap interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps between groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC gap [interval]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute probes on the image embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro AUC [interval]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: %1 with and without %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (devices and acquisition, not findings) were scored zero-shot from the stored image embeddings as conditions are, each with its positive and negative prompts; a tag is given to the %1% of images that score highest unless a threshold is set, and is then an attribute like any other. Where the dataset annotates the same thing, the tag&apos;s AUC against that annotation is given with its patient bootstrap interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slices were searched on half of the patients (a seeded hash) and every figure about them is computed on the other half: the embeddings were reduced by PCA, a mixture of Gaussians with the score&apos;s rank (Domino&apos;s error-aware mixture) fitted to each class, and the %1 components with the lowest AUC difference kept. A slice&apos;s AUC counts the pairs of a positive and a negative of which at least one is in the slice; the difference with the other pairs has a patient bootstrap interval and a permutation p-value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC against the annotation [interval]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: slices where the model does worst (held-out half)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (positives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC, rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference [interval]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt sensitivity: every condition&apos;s AUC, overall and per group, was computed again from the stored embeddings under the study&apos;s prompts, CheXzero&apos;s (&quot;{condition}&quot; against &quot;no {condition}&quot;) and three phrasings of each condition against a matching normal phrase (synonyms-1 to synonyms-3); a set whose AUC over all images is below 0.5 is marked inverted. The AUCs are in prompt-sensitivity.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: prompt sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC on all images under each prompt set; a gap that changes size or worst group with the words is not a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap across sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst group changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inverted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst groups, gaps and ES-AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the groups with enough evidence: at least the minimum of images with and without the condition and a bootstrap interval at most %1 wide. The bias-corrected gap is 2 x gap - the mean of the bootstrap gaps (a maximum minus a minimum of noisy estimates is too large); ES-AUC = AUC / (1 + the sum of |AUC of a group - AUC|). All rows are in summary.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst AUC [interval]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap [interval]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias-corrected gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ES-AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-group AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xAUC(a, b) is the chance that a positive of a scores above a negative of b (Kallus and Zhou, 2019); the disparity xAUC(a, b) - xAUC(b, a) shows one group&apos;s positives ranked below the other&apos;s negatives. %1 of %2 pairs have a disparity whose interval leaves out 0; the largest %3 are here, every pair in xauc.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xAUC(a, b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xAUC(b, a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disparity [interval]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps after matching on covariates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each group&apos;s images reweighted to the same joint distribution of the covariates and the same prevalence as the groups pooled; a gap that shrinks after matching is explained by them. Images in cells that a group lacks are left out. The matched AUCs are in metrics.csv (adjusted = matched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap before [interval]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap after [interval]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representation shift between groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unbiased squared maximum mean discrepancy between two groups&apos; image embeddings (Gaussian kernel, bandwidth the median distance), with a p-value from 1,000 permutations of at most 1,000 images per group: a small p says the groups&apos; images lie apart in embedding space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMD²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduction of the published results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row of Sourget et al. (FAIMI 2025) that this dataset&apos;s metrics match, next to cxrfair&apos;s value: %1 of %2 intervals overlap. The rows are in reproduction.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published [interval]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxrfair [interval]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervals overlap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::AuditRun</name>
    <message>
        <source>%1: problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) could not be read (listed in %2)</source>
        <translation>
            <numerusform>%1: %n image could not be read (listed in %2)</numerusform>
            <numerusform>%1: %n images could not be read (listed in %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: %3 images encoded, %4 reused from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no embedding analysis: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: drawing the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: AUC by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC per condition and %1 group with 95% bootstrap intervals; the dashed line is the AUC on all images; hatched groups are too small to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: PCA coloured by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image embeddings on their first two principal components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: attribute probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro AUC of a logistic probe predicting each attribute from the image embeddings (80/20 split by patient), with intervals and the chance level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading the cohort in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model to audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; what was finished is kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: %1 with and without %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC on all images, on positives without %1 and on positives with %1 (each against all negatives), with 95% bootstrap intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no published tables for this dataset in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comparison with the published results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models on accuracy and fairness by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each model&apos;s AUC on all images against the AUC of its worst %1 group (among the groups with enough evidence), with 95% bootstrap intervals, one panel per condition; filled points are on the Pareto front, the dashed diagonal is a worst group as good as all images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comparison with the published results: no folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no published result matches this dataset&apos;s models (the published ones: %1): name them with --published-map, or in the configuration&apos;s &quot;published&quot;: {&quot;models&quot;: {...}}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::AuditSettings</name>
    <message>
        <source>a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a level between 0 and 1, e.g. 0.95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient, image or label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: &quot;bootstrap&quot; gives the resamples already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a width above 0 and at most 1, e.g. 0.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with &quot;folder&quot; and &quot;models&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published model names mapped to the audit&apos;s model names, e.g. {&quot;chexzero&quot;: &quot;CheXzero&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ChartExport</name>
    <message>
        <source>cxrfair figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures are written as .png, .svg or .pdf, not &apos;.%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no chart to export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ChartFigures</name>
    <message>
        <source>the embeddings of %1 have no column &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxrfair audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no metrics to draw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ChexpertReader</name>
    <message>
        <source>dataset folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CheXpert table (train.csv, valid.csv) in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no demographics table (CHEXPERT DEMO saved as CSV): race is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label columns differ from those of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty image path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patient id (patientNNNNN) in the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible age %1; kept as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.0, 0.0, -1.0 or empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ClipBpeTokenizer</name>
    <message>
        <source>the context length must be at least 2 (start and end tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CLIP BPE merges file: %1 lines where CLIP needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a merge (&apos;left right&apos;): &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Cohort</name>
    <message>
        <source>checking image files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader produced columns of different lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this cohort has no drain annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown attribute &apos;%1&apos; (this cohort has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the intersection has too many groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image is in the split &apos;%1&apos;; the splits of this dataset are: %2 (or all)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::CohortSettings</name>
    <message>
        <source>drop, negative or positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of ages in years, e.g. [18, 25, 50]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of intersections, each a list of at least two attributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::CohortSettingsEditor</name>
    <message>
        <source>Drop (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out rows whose image file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated: train, validate, test (MIMIC), train_val, test (NIH), train, valid (CheXpert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated view positions: PA, AP, LATERAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an uncertain label (-1.0 in CheXpert-style tables) counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a condition the report does not mention counts as (the study: negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending bin edges in years; ages below the first edge form their own group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sex:age, sex:race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute intersections to count, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Splits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uncertain labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age bins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intersections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age bins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intersections: &apos;%1&apos; needs two attributes, e.g. sex:age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply (fix: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Female group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Male group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two sex groups need two different names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::CohortSummaryView</name>
    <message>
        <source>&amp;Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missing images, %2 invalid rows, %3 outside the split, %4 outside the views, %5 without labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt; images from &lt;b&gt;%4&lt;/b&gt; patients. Left out: %5.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Audit CLIP-based chest X-ray models for fairness and robustness&lt;/h2&gt;&lt;p&gt;&lt;a href=&quot;cxrfair:demo&quot;&gt;Open the demo&lt;/a&gt; (synthetic data and a small model: nothing to download) &amp;nbsp;&amp;middot;&amp;nbsp; &lt;a href=&quot;cxrfair:tour&quot;&gt;Take the guided tour&lt;/a&gt; (F1)&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;cxrfair:open&quot;&gt;Open a dataset&lt;/a&gt; (Ctrl+O): a folder in a published layout (NIH ChestX-ray14, MIMIC-CXR, CheXpert) &amp;nbsp;&amp;middot;&amp;nbsp; &lt;a href=&quot;cxrfair:project&quot;&gt;Open a project&lt;/a&gt; (Ctrl+Shift+P)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No dataset read yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ColumnMapping</name>
    <message>
        <source>the column mapping needs &quot;table&quot; (the CSV file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column mapping needs &quot;image&quot; (the image path column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column mapping needs &quot;labels&quot; (at least one condition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every label needs a condition name and a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of column names, or an object of names to columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;,&quot;, &quot;;&quot; or a tab (&quot;\t&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ConditionCountsModel</name>
    <message>
        <source>Positives among the images whose label is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevalence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::CrossAucMatrixModel</name>
    <message>
        <source>%1 has no positive or %2 no negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s own AUC: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A positive of %1 scores above a negative of %2 with probability %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disparity against the reverse: %1 [%2, %3]%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the interval leaves out 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positives of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negatives of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::CsvReader</name>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: it has no header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed file is truncated or corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record longer than %1 MB starts here (an unclosed quote, or not a CSV table?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a cut or broken line?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::CsvWriter</name>
    <message>
        <source>cannot create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing failed (disk full?); the earlier file, if any, is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::DatasetSource</name>
    <message>
        <source>NIH ChestX-ray14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIMIC-CXR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CheXpert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dataset format: nih, mimic, chexpert or csv (not &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::DatasetViews</name>
    <message>
        <source>%1 - %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding run: %1 images x %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No embedding analysis: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::DemoGenerator</name>
    <message>
        <source>no output folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo needs at least one image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is not empty and holds no cxrfair demo; choose an empty folder (or --force to write the demo&apos;s nih/ and mimic/ folders into it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the previous demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the demo stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering demo radiographs: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo makes at most %L1 images per dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image size must be between 32 and 4096 pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::DemoModel</name>
    <message>
        <source>the demo model needs at least 20 training images (MIMIC tree has %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo&apos;s MIMIC tree lacks a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo model&apos;s input size must be a multiple of %1 from %1 to 1024 pixels (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo model&apos;s dimension must be from %1 to 4096 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::DeviceTruth</name>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the mask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::DicomDecoder</name>
    <message>
        <source>not a readable DICOM file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DICOM file has no pixel data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DICOM file lacks Rows, Columns or Bits Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer syntax %1 (%2) is not supported: JPEG 2000 has no decoder in DCMTK; convert the file (e.g. with gdcmconv --raw) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer syntax %1 (%2) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixel data truncated: %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCMTK cannot decode the pixel data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot convert the colour image to grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window 1 of %1 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOI LUT 1 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min-max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCMTK cannot render the pixel data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::DicomWriter</name>
    <message>
        <source>pixel count does not match rows x columns x frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCMTK cannot compress this image as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the DICOM file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::DiscoverySettings</name>
    <message>
        <source>&quot;%1.tags&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.slices&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::DisplayNames</name>
    <message>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tag)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::EmbeddingAnalysis</name>
    <message numerus="yes">
        <source>the store holds %n embedded image(s) of this model; the analysis needs at least 3</source>
        <translation>
            <numerusform>the store holds %n embedded image of this model; the analysis needs at least 3</numerusform>
            <numerusform>the store holds %n embedded images of this model; the analysis needs at least 3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not recorded in this dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding analysis: PCA and attribute probes (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no representation shift: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::EmbeddingImport</name>
    <message>
        <source>no image id column (sample_id, dicom_id, Image Index, image_id, path or Path); name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty image id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image &apos;%1&apos; is listed twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of keys for %2 embeddings: the files must be aligned row for row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::EmbeddingStore</name>
    <message>
        <source>cannot read the embedding store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an embedding store segment (no model hash or dimension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shard %1 of %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the embedding store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store segment holds another model (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot cut off a torn record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the embedding store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embeddings do not match their keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no embedding store here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedding store holds no embeddings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store holds several models (%1): name one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store holds no embeddings of this model (it has: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot repair the embedding store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the embedding store (is the disk full?): %1; what was stored is kept, and the next run goes on from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the last %2 bytes are an incomplete record (a run was interrupted or is still writing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 bytes damaged at offset %3 (%n record(s) lost)</source>
        <translation>
            <numerusform>%1: %2 bytes damaged at offset %3 (%n record lost)</numerusform>
            <numerusform>%1: %2 bytes damaged at offset %3 (%n records lost)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::EmbeddingView</name>
    <message>
        <source>C&amp;olour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle to select images; Shift adds to the selection (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw around images to select them; Shift adds to the selection (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCA and probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select images in the scatter to compare them with the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected; comparing their AUCs with the rest...</source>
        <translation>
            <numerusform>%n image selected; comparing their AUCs with the rest...</numerusform>
            <numerusform>%n images selected; comparing their AUCs with the rest...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected. AUC of the selection and of the rest, per condition (95% intervals from 200 resamples; p compares the two):</source>
        <translation>
            <numerusform>%n image selected. AUC of the selection and of the rest, per condition (95% intervals from 200 resamples; p compares the two):</numerusform>
            <numerusform>%n images selected. AUC of the selection and of the rest, per condition (95% intervals from 200 resamples; p compares the two):</numerusform>
        </translation>
    </message>
    <message>
        <source>The selection was cleared: these embeddings have none of its images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is an image, placed by the first two principal components of its embedding (the axes say how much of the variance each shows). Colour it by an attribute to see whether groups separate. The bars beside it are probes: a classifier learns the attribute from the full embeddings on 80% of the patients and is tested on the other 20%. A macro AUC well above the dashed chance line (0.5) means the embeddings encode the attribute, even when the scatter looks mixed: two components show little of what the model keeps. The whiskers are 95% bootstrap intervals over the test patients; an interval that reaches 0.5 does not show that the attribute is encoded. Under the probes, the representation shift between each pair of groups: the maximum mean discrepancy (MMD²) between their embeddings, with a permutation p-value (1,000 relabellings of at most 1,000 images per group); a small p says the groups&apos; images are told apart in embedding space. Select images with the rectangle or lasso to see them and compare their AUCs with the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMD²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p (permutations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representation shift: how far apart two groups&apos; images lie in embedding space (MMD²), and whether that is beyond chance (p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected. AUC of the selection and of the rest, per condition (p compares the two; intervals from 200 resamples follow):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::Error</name>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ... (%1 characters in all) ... </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ErrorMixture</name>
    <message>
        <source>the mixture needs at least two images per component (%1 images, %2 components)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mixture&apos;s inputs differ in length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ExportButton</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or copy this figure and its numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figure (PNG, SVG, PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data (CSV)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ExportModelDialog</name>
    <message>
        <source>&amp;Run the bundle on the selected dataset when it is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a Model Bundle from Published Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxrfair runs a model from a bundle. The model exporter makes one from the weights that the model&apos;s authors publish, with the preprocessing of the study. It needs Python 3 with PyTorch; docs/models.md says where each model&apos;s files come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checkpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vocabulary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfiguration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it is not beside the checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXR-CLIP: the text model&apos;s config.json (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME.cxrmodel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exporter&apos;s messages appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Text Model&apos;s Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Python with PyTorch was found (Debian: apt install python3-torch python3-torchvision); the exporter will say what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MedCLIP weights folder (pytorch_model.bin) and Bio_ClinicalBERT&apos;s vocab.txt. Needs the medclip and transformers packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hugging Face folder microsoft/BiomedVLP-CXR-BERT-specialized: image weights, text model and vocab.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hugging Face folder microsoft/BiomedVLP-BioViL-T: image weights, text model and vocab.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the MedImageInsights release (medimageinsightmodel.py and 2024.09.27/). Needs the release&apos;s packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CheXzero checkpoint (.pt) and CLIP&apos;s bpe_simple_vocab_16e6.txt.gz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CXR-CLIP ResNet-50 checkpoint (r50_*.tar), Bio_ClinicalBERT&apos;s vocab.txt and its config.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Model&apos;s Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch checkpoints (*.pt *.pth *.bin *.tar *.ckpt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Bundle As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model bundles (*.cxrmodel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Python and the model exporter...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model exporter cannot run: see its message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the checkpoint file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file or folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already: choose another bundle name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::FairnessSummaryView</name>
    <message>
        <source>Con&amp;dition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is a model: across, its AUC on all images; up, the AUC of its worst group among those with enough evidence (at least 10 images with and without the condition and a 95% interval at most 0.2 wide). Both have their intervals as whiskers. Filled points are on the Pareto front: no other model is at least as good on both. On the dashed diagonal the worst group does as well as everyone. Below, the chosen model&apos;s gap between its best and worst groups, with its bias-corrected value (a gap between small groups is too large by chance; the bootstrap estimates by how much) and its equity-scaled AUC (ES-AUC: the AUC divided by one plus the groups&apos; summed distance to it). The matrix gives the cross-group AUC: how often a positive of the row&apos;s group scores above a negative of the column&apos;s group. Two groups with the same AUC can differ here when one group&apos;s scores run higher for everyone; a bold cell&apos;s difference with its mirror is beyond noise (its interval leaves out 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-group AUC: a positive of the row&apos;s group against a negative of the column&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fewer than two %2 groups have enough evidence to be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: worst group %2, AUC %3 [%4, %5]. Gap %6 [%7, %8] over %9; bias-corrected %10. ES-AUC %11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the threshold: equal-opportunity difference %1, equalized-odds difference %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics yet: run a model on a dataset with labels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::FigureExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single column (88 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.5 column (120 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double column (180 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick labels, axis labels and legend; the title one point more. Journals ask for 6 to 8 pt at the printed size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ont:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2 mm, %3 at %4 pt%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 x %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::FigureSettings</name>
    <message>
        <source>figure setting &quot;%1&quot; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the known keys (%1), not an unknown one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;single&quot;, &quot;1.5&quot; or &quot;double&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given without &quot;width_mm&quot; (one or the other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a font family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of png, svg and pdf, each once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list that includes png: the report shows the PNG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::FileContents</name>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable gzip file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write (is the disk full?): %1; the earlier file, if any, is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::GalleryView</name>
    <message>
        <source>Click a bar of the subgroup AUC chart, or select points in the PCA scatter, to see those images here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s)</source>
        <translation>
            <numerusform>%1: %n image</numerusform>
            <numerusform>%1: %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition whose label and score the badges show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest score first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest score first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest error first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score at or above it is a positive call (0.5: the positive prompt is the nearer); it decides what is missed or a false alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop computing the maps; the images mapped so far keep their place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most attribution inside the region first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes each image&apos;s occlusion map for the chosen condition and sorts by the share of its positive attribution inside the image&apos;s region (the drain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive attribution inside the region: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing occlusion maps for %1: %2 of %3 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model bundle for %1 in this session: its maps cannot be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be mapped: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::GenericCsvReader</name>
    <message>
        <source>a generic CSV dataset needs a column mapping (--mapping FILE.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty image path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible age %1; kept as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1, 0, -1, empty, true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::GroupCurves</name>
    <message numerus="yes">
        <source>the validation part (%n image(s)) lacks positives or negatives for the rule %1</source>
        <translation>
            <numerusform>the validation part (%n image) lacks positives or negatives for the rule %1</numerusform>
            <numerusform>the validation part (%n images) lacks positives or negatives for the rule %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::GuidedTour</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tour walks through the three findings of Sourget et al. (FAIMI 2025) on the demo: two synthetic datasets shaped like NIH ChestX-ray14 and MIMIC-CXR, and a small demo model. Nothing here is real patient data. Use Next and Back; Leave Tour keeps your place, and Help &gt; Guided Tour brings you back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. How well does the model work, group by group?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar is the model&apos;s AUC for one age group and one condition: the chance that an image with the condition scores higher than one without it (0.5 is guessing, 1 is perfect). The dashed line is the AUC on everyone. &lt;b&gt;Look for bars well below the line&lt;/b&gt;: the model works less well for that age group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the whiskers and hatched bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whiskers are 95% intervals: the range the AUC could plausibly take with other patients. When two groups&apos; whiskers overlap a lot, the data cannot tell them apart. &lt;b&gt;Hatched bars&lt;/b&gt; have fewer than 10 images with or without the condition: too few to judge, so they are shown but not compared. Click any bar to see its images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the study, age gaps reached 0.1 to 0.24 AUC while sex gaps mostly stayed under 0.05. Switch &lt;i&gt;Groups&lt;/i&gt; between age and sex to compare: the age bars spread much more than the sex bars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. A shortcut: chest drains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chest drain is put in to treat a pneumothorax, so a drain on the image nearly gives the answer away. The bars show the pneumothorax AUC on all images, on positives &lt;b&gt;without&lt;/b&gt; a drain and on positives &lt;b&gt;with&lt;/b&gt; one. The model does better with drains than without: part of what it learned is the drain, not the disease, and the untreated patients who need it most are found less often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed diagnoses at a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hospital uses a threshold, not an AUC. Here each group&apos;s ROC curve shows every possible threshold; the dots mark the chosen one. &lt;b&gt;Underdiagnosis&lt;/b&gt; in the table is the share of sick patients the threshold calls healthy: compare it across groups. Thresholds chosen by a rule use 20% of the patients and are judged on the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. What the embeddings know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is an image, placed by the two main directions (principal components) of what the model computed for it, coloured by sex. The colours look mixed: &lt;b&gt;two components suggest the model ignores sex&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe still finds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bars beside the scatter are probes: a simple classifier learns sex, age or race from the full embeddings and is tested on other patients. &lt;b&gt;An AUC far above the dashed chance line means the attribute is encoded&lt;/b&gt;, even though the scatter looked mixed. That is the study&apos;s third finding. Draw a lasso around some points to see those images and how well the model does on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try your own prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model scores an image by comparing it with a sentence for the condition and one for no finding. Edit them here: the scores and every chart update within a second, without re-reading any image. Ctrl+Z undoes an edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every view has a ? button that explains its numbers, and an Export menu for figures (PNG, SVG, PDF) and tables (CSV). To audit your own data, use File &gt; Open Dataset and File &gt; Run Model on Dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::HelpButton</name>
    <message>
        <source>Explain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ImageDecoder</name>
    <message>
        <source>image file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DICOM, PNG or JPEG file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ImageViewer</name>
    <message>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level (centre):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window (width):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey levels of the decoded image, 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lung and mediastinum use the darker and the brighter part of this image&apos;s grey levels (radiographs have no Hounsfield units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White for black (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous image of the list (Left, Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next image of the list (Right, Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cannot decode %1&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The image file of this sample is not known.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occlusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient x input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occlusion: how much the score drops when a 32-pixel patch of the model&apos;s input is hidden (every model). Gradient x input: how the score changes with each pixel (models with gradients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saliency map over the image (M); red: the score needs this region, blue: the score is higher without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map needs the model bundle: run a model on the dataset to see where its scores come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the map...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the map... %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occlusion, score %1: red where hiding a patch lowers the score, blue where it raises it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient x input, score %1: red where brighter pixels raise the score, blue where they lower it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ImportEmbeddingsDialog</name>
    <message>
        <source>Import Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings computed elsewhere join the dataset as a model of their own, for the PCA and probe views and export. They have no text encoder, so they are not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Array (.npy):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys (.csv):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image id column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one row per image, float32 or float64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV aligned with the array&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.csv.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the array of embeddings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV that names each row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::InferenceJob</name>
    <message>
        <source>cancelled; %1 images are stored and a new run resumes from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 images/s, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::JobQueue</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::JobsPanel</name>
    <message>
        <source>Cancel All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running job and drop the queued ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this job (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting</source>
        <translation>
            <numerusform>%n job waiting</numerusform>
            <numerusform>%n jobs waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop this job; the others stay queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>1 job running, %n waiting</source>
        <translation>
            <numerusform>1 job running, %n waiting</numerusform>
            <numerusform>1 job running, %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>1 job running, none waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job running or waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::JsonFields</name>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB is too large for a configuration file (at most %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON must be an object ({...})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of names, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object ({...})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list ([...])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;%2 (known keys: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;%2; did you mean &apos;%3&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Logistic</name>
    <message>
        <source>logistic regression needs rows of at least two classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a training row has no class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the starting weights do not match the problem&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::MainWindow</name>
    <message>
        <source>Cohort settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Dataset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dataset folder in its published layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the synthetic demo datasets (once) and open them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About cxrfair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxrfair cannot tell the layout of this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About cxrfair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;cxrfair %1&lt;/h3&gt;&lt;p&gt;A workbench that audits CLIP-based chest X-ray models for fairness and robustness, after Sourget et al., &lt;i&gt;Fairness and Robustness of CLIP-Based Models for Chest X-rays&lt;/i&gt;, FAIMI 2025.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Scores...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a score table (cxrfair-cli score) and chart its subgroup AUCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Score Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score tables (*.csv *.csv.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Model on Dataset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode the selected dataset with a model bundle (NAME.cxrmodel) and audit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Model Bundle (NAME.cxrmodel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project: its datasets, models, prompts and layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second subgroup AUC view beside the first: another model, or another attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guided Tour of the Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through the study&apos;s three findings on the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxrfair projects (*.cxrproject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save the Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] - %2 - cxrfair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] - cxrfair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when cxrfair starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Embeddings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add embeddings computed elsewhere (.npy) to the selected dataset as a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Model &amp;Bundle from Weights...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the weights that MedCLIP, BioViL, BioViL-T, MedImageInsight, CheXzero or CXR-CLIP publish into a model bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model bundle written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running job; those waiting go on (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a file, not a dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when cxrfair starts again. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup &amp;AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ROC and Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort &amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;mpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximise Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the whole window to the panel with the focus; again to bring the others back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compact Layout (Small Screens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis views as tabs of one panel, for a laptop or a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Running Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt Se&amp;nsitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Read the Published Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Study&apos;s Repository (the Folder That Holds data/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Published Results...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the study&apos;s published AUCs (Sourget et al., FAIMI 2025) on the subgroup bars: choose its repository&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n published result(s) of Sourget et al. (2025) read: diamonds on the bars they match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::MimicDemoWriter</name>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::MimicDemographics</name>
    <message>
        <source>reading MIMIC-IV patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subject id; row ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sex (M or F); kept as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age; kept as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year; age kept as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading MIMIC-IV admissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIMIC-IV patients table (patients.csv or patients.csv.gz) not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIMIC-IV admissions table not found: race is missing for every image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::MimicReader</name>
    <message>
        <source>the label table has no condition columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a study id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MIMIC labeler must be chexpert or negbio, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIMIC-CXR metadata table not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIMIC-CXR label table not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MIMIC-IV patients table (patients.csv or patients.csv.gz) here or in hosp/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty dicom_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subject id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no split table (mimic-cxr-2.0.0-split.csv): the split filter keeps nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading MIMIC-IV patients and admissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIMIC-IV not found (hosp/ under the root, or --mimic-iv): sex, age and race are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) have different race values across admissions; the most frequent is used (ties: the latest)</source>
        <translation>
            <numerusform>%n patient has different race values across admissions; the most frequent is used (ties: the latest)</numerusform>
            <numerusform>%n patients have different race values across admissions; the most frequent is used (ties: the latest)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) have no study date, so no age at study</source>
        <translation>
            <numerusform>%n image has no study date, so no age at study</numerusform>
            <numerusform>%n images have no study date, so no age at study</numerusform>
        </translation>
    </message>
    <message>
        <source>1.0, 0.0, -1.0 or empty; the study is left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Mmd</name>
    <message>
        <source>%1 group labels for %2 embeddings: one per row is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one permutation and two images per group are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a two-sample test needs at least two groups of two or more images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups %1 and %2: every embedding is the same, so the kernel has no scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ModelBundle</name>
    <message>
        <source>model bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 is newer than this cxrfair reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding_dim must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the image section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image preprocessing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the text section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tokenizer &apos;%1&apos; (clip-bpe or wordpiece)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text section lacks the tokenizer&apos;s vocab file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must name a file inside the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bundle is made from a model&apos;s published weights by tools/export/cxrfair_export.py (see docs/models.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PyTorch checkpoint, not a model bundle folder; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks a format_version (a whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_length or longest, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ModelDiscovery</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slices of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no slices: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scores already have an attribute &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ModelEncoder</name>
    <message>
        <source>returned a tensor of rank %1; an encoder must return [batch, %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned shape [%1, %2] for %3 inputs; the manifest&apos;s embedding_dim is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned NaN or infinite values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model bundle %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned %1, not a tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory with %1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward pass failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA was asked for, but this build&apos;s LibTorch has no CUDA or no GPU is present; use --device cpu or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TorchScript model this LibTorch can load (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image encoder has no gradients (%1): use --method occlusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its output does not depend on the image through autograd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gradient reached the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient pass failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ModelExporter</name>
    <message>
        <source>the model exporter is not installed: no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model exporter needs Python 3 (Debian: apt install python3-torch python3-torchvision)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::NeatxReader</name>
    <message>
        <source>&apos;%1&apos; is not a drain annotation (1, 0, -1 or empty); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) name images that are not in the data entry table</source>
        <translation>
            <numerusform>%n annotation names images that are not in the data entry table</numerusform>
            <numerusform>%n annotations name images that are not in the data entry table</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxrfair::NihDemoWriter</name>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the split list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::NihReader</name>
    <message>
        <source>dataset folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NIH data entry table (Data_Entry_2017_v2020.csv or Data_Entry_2017.csv) in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexing image folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no split lists (train_val_list.txt, test_list.txt): the split filter keeps nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the data entry table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty patient id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown finding &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible age %1; kept as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sex (M or F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading drain annotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Npy</name>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a NumPy .npy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .npy header is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.npy format version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .npy header cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .npy shape (%1) cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a 1-D or 2-D array (images x dimensions), found shape (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype &apos;%1&apos; is not a number type cxrfair reads (float32, float64, float16 or integers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the array data is truncated: %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .npy header declares %1 bytes, more than the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .npy shape (%1) is too large to be an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ParetoChart</name>
    <message>
        <source>Pareto front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 AUC, all images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst %1 group&apos;s AUC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Pca</name>
    <message>
        <source>PCA needs at least two rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of components must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the eigen-decomposition did not converge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::PcaScatter</name>
    <message>
        <source>PC%1 (%2% of variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (selected; Space takes it out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Space selects it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Power</name>
    <message>
        <source>%1 takes a whole number of at least 1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auc takes a number from 0 to 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alpha takes a number between 0 and 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--power takes a number between 0 and 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Preprocess</name>
    <message>
        <source>the resize size must be between 1 and 8192</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the crop size must be between 0 and 8192</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels must be 1 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every standard deviation must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact, shorter or longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearest, bilinear, bicubic, area or lanczos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number or a list of 1 or 3 numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Probe</name>
    <message>
        <source>the embeddings have %1 rows but the table has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe needs at least two classes with images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2-fold cross-validation grouped by patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, 80/20 split by patient, C chosen on a validation part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no class has both positives and negatives among the evaluated images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; trained on %L1 of the %L2 training images (whole patients drawn with the seed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ProbeChart</name>
    <message>
        <source>Probe AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
(%n class(es))</source>
        <translation>
            <numerusform>%1
(%n class)</numerusform>
            <numerusform>%1
(%n classes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: macro AUC %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [%1, %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
accuracy %1 (always the most frequent class: %2)
%3 images, %4 classes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Problem</name>
    <message>
        <source>, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ProblemsModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Progress</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Project</name>
    <message>
        <source>not a cxrfair project (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has format version %1; this cxrfair reads up to %2: update cxrfair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported embeddings need &quot;array&quot; and &quot;keys&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object ({...})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ProjectPanel</name>
    <message>
        <source>Project: datasets, models and embedding runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptEditor</name>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every prompt with the preset&apos;s (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to edit; scores and charts follow at once, from the stored embeddings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Prompt Preset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt sets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Prompts from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptSensitivityChart</name>
    <message>
        <source>%1 (inverted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 AUC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptSensitivityView</name>
    <message>
        <source>Con&amp;dition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zero-shot AUC depends on the words of the prompts. Each point is the AUC of one prompt set for the population or a group: the study&apos;s (&quot;Chest {condition}&quot; against &quot;Chest No findings&quot;), CheXzero&apos;s (&quot;{condition}&quot; against &quot;no {condition}&quot;) and three phrasings of each condition against a matching normal phrase (synonyms-1: the term, synonyms-2: a plain description, synonyms-3: a radiological sign). The grey bar spans the lowest to the highest AUC. A set drawn as a cross is inverted: its AUC over all images is below 0.5, the mark of a negative prompt the model reads as the finding. A gap between groups that changes size, or whose worst group changes, with the words is not a finding. Every set is scored from the stored embeddings: no image is encoded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompt sweep: run a model on a dataset with labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On all images, the AUC goes from %1 to %2 across %3 prompt sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverted (AUC below 0.5): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap between %1 groups goes from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst group changes with the words (%1): not a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst group is the same under every set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptSet</name>
    <message>
        <source>prompts: %1 has no prompt (give a list of texts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default positive set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default negative set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown prompt preset &apos;%1&apos; (%2, or a JSON file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text or a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with &quot;positive&quot; and &quot;negative&quot; prompts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptSets</name>
    <message>
        <source>unknown prompt set &apos;%1&apos;: give %2 or a prompt JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prompt set to sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt set &apos;%1&apos; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptSweep</name>
    <message>
        <source>Scoring with the prompt set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prompt set to sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup AUCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s images have labels for none of the study&apos;s conditions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::PromptTableModel</name>
    <message>
        <source>Change Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every condition (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by every condition without prompts of its own; {condition} stands for the condition&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the defaults; type to give this condition its own prompts. Separate an ensemble&apos;s prompts with &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate an ensemble&apos;s prompts with &apos;;&apos;; clear the cell to use the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 Prompts of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::PublishedModelsDialog</name>
    <message>
        <source>Models in the Published Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study published its six models&apos; results. Choose which of them each of your models reproduces; its bars then show the published values as diamonds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not compared)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::PublishedResults</name>
    <message>
        <source>no condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interval&apos;s low end %1 is above its high end %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dataset &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no folder %1: give the study repository&apos;s root, the folder that holds data/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no zeroshot_{model}.csv table in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::RaceMapping</name>
    <message>
        <source>each race rule needs a &apos;prefix&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the race mapping must be a list of rules or an object with &quot;rules&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::RaceMappingEditor</name>
    <message>
        <source>Value starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group (empty: missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rule whose prefix matches the recorded value (ignoring case) gives the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group of values that no rule matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other values:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::RadiographCanvas</name>
    <message>
        <source>Drag: window (left and right) and level (up and down). Right-drag: pan. Wheel: zoom. Double-click: fit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::RasterDecoder</name>
    <message>
        <source>not an image file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode the image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Readers</name>
    <message>
        <source>&apos;%1&apos; is not a label (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a line cut short?); row ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a delimiter inside a value that is not quoted?); row ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::RegionAttribution</name>
    <message>
        <source>region mask %1: not an image this build can read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Reproduction</name>
    <message>
        <source>&apos;%1&apos; is not PUBLISHED=METRICS, e.g. chexzero=&quot;CheXzero (demo)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is mapped twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::RocChart</name>
    <message>
        <source>False positive rate (1 - specificity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True positive rate (sensitivity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::RocView</name>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC curves and thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ROC curve shows every trade-off a threshold can make: how many images with the condition are caught (true positive rate, TPR) against how many without it are flagged (false positive rate, FPR). A curve further up and left is better; the dotted diagonal is guessing. The dots mark each group at the chosen threshold. Underdiagnosis is the share of images with the finding that the threshold calls negative (for No Finding: images with a finding called &quot;no finding&quot;); a group with a higher value is missed more often. Thresholds chosen by a rule are chosen on 20% of the patients and judged on the others, never on the same labels. Groups with few images give unstable rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youden&apos;s J on validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum F1 on validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specificity on validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity on validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed threshold applies to every image. The other rules choose the threshold on 20% of the patients (the validation part) and report the rates on the others, never on the labels they chose with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images scoring at least this value are called positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target rate the threshold must reach on validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (AUC %2, %3+/%4-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold %1 on all %2 images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold %1, chosen by %2 on %3 validation images (20% of the patients); rates on the other %4 images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPR gap (equal opportunity) %1; equalized odds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threshold: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Saliency</name>
    <message>
        <source>no prompt for the condition &apos;%1&apos; in the prompt set &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 occlusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 occlusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patch and the stride must be at least 1 pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patch (%1 pixels) is larger than the input the encoder sees (%2 x %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::SaliencyOverlay</name>
    <message>
        <source>gradient x input (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the overlay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ScoreTable</name>
    <message>
        <source>empty model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty sample id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a label (0 or 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 has another label for %2 in an earlier row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second row for model %1, condition %2 and image %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score table has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attribute column &apos;%1&apos; (the table has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the intersection %1 names an attribute that is not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scores of %1 are of other images than those of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two score sets of the model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 1024 conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a cut or broken line?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; to match on (the table has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Scoring</name>
    <message>
        <source>the dataset has no condition &apos;%1&apos; (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ScriptedEncoders</name>
    <message>
        <source>cannot save the TorchScript model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconsistent encoder weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Session</name>
    <message>
        <source>Settings applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>AUCs of %n condition(s)</source>
        <translation>
            <numerusform>AUCs of %n condition</numerusform>
            <numerusform>AUCs of %n conditions</numerusform>
        </translation>
    </message>
    <message>
        <source>PCA and probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job is running; cancel it or wait for it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Cohort Settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut Analysis of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 encoded, %2 reused, %3 failed on %4 (%5 images/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the images that could not be read are listed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 images; %n problem(s) found (see the Problems tab)</source>
        <translation>
            <numerusform>Loaded %1 images; %n problem found (see the Problems tab)</numerusform>
            <numerusform>Loaded %1 images; %n problems found (see the Problems tab)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing embeddings from %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding and analysing with %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup AUCs ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup AUCs ready; no embedding analysis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut analysis: %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut analysis ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescoring...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescoring with the edited prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescored with bootstrap intervals in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescored in %1 s (DeLong intervals; bootstrap intervals follow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescoring cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rescore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing subgroup AUCs for %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo datasets...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the demo model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the NIH demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo ready in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open: shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n damaged stored record(s) cut out and encoded again</source>
        <translation>
            <numerusform>; %n damaged stored record cut out and encoded again</numerusform>
            <numerusform>; %n damaged stored records cut out and encoded again</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the results of %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored results of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of %1 restored as computed on %2 (the same tables, settings, prompts, model and store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored results not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored embeddings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ShortcutChart</name>
    <message>
        <source>All images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 AUC (95% interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positives without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positives with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3
AUC %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [%1, %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 positives against %2 negatives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ShortcutView</name>
    <message>
        <source>Export Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ROC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC curves of &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest drains are inserted to treat a pneumothorax, so an image with a drain almost always has one. A model can learn to spot the drain instead of the disease. The bars compare the AUC on all images with the AUC when the positives have no drain (the cases that matter most: untreated) and when they have one, each against all negatives. A model that leans on drains does much better with them than without. The whiskers are 95% bootstrap intervals; few positives in a stratum give wide intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (AUC %2, %3 pos.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 0/1 attribute recorded on the positives, such as a chest drain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition whose positives are split by the confounder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;founder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the positives of co&amp;ndition:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::SliceDiscovery</name>
    <message>
        <source>slice discovery: inputs differ in length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the term embeddings must have one row per term and the images&apos; dimension (%1 terms, %2 x %3 embeddings, images of dimension %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of slices must be from 1 to 100 (not %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slice discovery needs positive and negative images (%1 of %2 are positive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few images to find %1 slices (%2 in the search half, %3 held out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal components of the search half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating the slices on the held-out half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixtures of the positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixtures of the negatives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::SliceSources</name>
    <message>
        <source>the scores have no condition &apos;%1&apos; (they have %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scores have no model %1 for &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::SliceTableModel</name>
    <message>
        <source>No attribute or tag is over-represented in this slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-represented (odds ratio, 95% interval):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::SlicesView</name>
    <message>
        <source>Con&amp;dition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of images, close to one another in the model&apos;s embedding space, where the model ranks worst. They are searched on half of the patients and every figure here comes from the other half, so a slice found by chance shows no difference. A slice&apos;s AUC counts the pairs of a positive and a negative of which at least one is in the slice (a slice of positives: its positives against every negative); Rest counts the other pairs. The interval is a 95% bootstrap interval over patients and p a permutation test. The description lists the phrases nearest to the slice in the model&apos;s text space, and the attributes and tags it holds more often than the rest (hover for the odds ratios). Choose a slice to see its images in the gallery and the PCA scatter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slices: run a model on a dataset with labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched on %1 images, measured on %2 held-out images (%3 mixture components on %4 principal components).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: slice %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::StoreMerge</name>
    <message>
        <source>no embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1 into the merged store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no store to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2, but %3 holds %4: stores of different models or preprocessing cannot be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made for %2 (%3 images), but %4 for %5 (%6 images): stores of different datasets or cohort settings cannot be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the embedding store folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::StoreSamples</name>
    <message>
        <source>cannot create the embedding store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this embedding store holds the dataset %1 (%2), not %3 (%4): use another store folder for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an embedding store (no %1): run cxrfair-cli embed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label must be 0, 1 or empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::StoredResults</name>
    <message>
        <source>the stored results are incomplete or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no results are stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the stored results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file of stored results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored by another version of cxrfair (format %1, this one reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored results are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed with other settings, prompts, tables or model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedding store changed since they were computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::StudyPipeline</name>
    <message>
        <source>encoding the images with %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-shot scores of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the study has no cohort and no scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model to run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::SubgroupAucChart</name>
    <message>
        <source>%1, %2
AUC %3 [%4, %5]
n = %6, %7 positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
p = %1 against the other groups (Holm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Too small to judge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC (95% interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: AUC by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup AUC chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Not enough evidence: a difference to the rest below %1 cannot be told from noise at this size (observed %2), or the interval is too wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Not enough evidence: the interval is too wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
After matching on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Published (Sourget et al. 2025): %1 [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published (Sourget et al. 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: AUC by %2, matched on %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::SubgroupAucTableModel</name>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest difference to the other groups&apos; AUC that this group&apos;s size can detect (alpha 0.05, power 0.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough evidence for a gap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::SubgroupAucView</name>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every model side by side as small multiples (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One AUC axis for every attribute, so that age and sex compare at a glance; off: the axis fits this attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AUC is the chance that the model scores a random image with the condition above a random image without it: 0.5 is guessing, 1 is perfect. Each bar is one group of patients; the dashed line is the AUC on all images. The whiskers are 95% intervals (1000 bootstrap resamples of patients): where two groups&apos; intervals overlap widely, the data cannot tell them apart. A hatched bar has fewer than 10 images with or without the condition: too few to judge, so it is shown but left out of the gaps. A pale bar with a dashed outline has not enough evidence: its interval is wider than 0.2, or its difference to the other groups is smaller than the smallest difference a group of its size could detect (the MDD in its tooltip), so a gap there may be noise. Matched shows each group&apos;s AUC after reweighting its images to the same mix of age (or sex), view and prevalence as the others: if a gap shrinks, those explain it, not the model. White diamonds are the study&apos;s published values (File &gt; Compare with Published Results), with their intervals dotted. p (Holm) tests each group against the others, corrected for the number of groups. Click a bar to see its images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the groups as if they had the same ages (or sexes) and views and the same share of images with the condition: each image reweighted, so that a gap that remains is not explained by them (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::SubgroupMetrics</name>
    <message>
        <source>no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no positives: the AUC is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no negatives: the AUC is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 positives and %2 negatives: below the minimum of %3 and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images whose %1 is not recorded; not a group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::TableMetrics</name>
    <message>
        <source>Subgroup metrics: %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 images not scored by every model were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no validation scores, so no threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Tags</name>
    <message>
        <source>a tag file has no &quot;default&quot; prompts: give each tag its positive and negative prompts under &quot;conditions&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; needs positive and negative prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag name (it must not be empty or hold a comma or a colon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag file defines no tag (give them under &quot;conditions&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ThresholdTableModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FNR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underdiagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of images with the finding that this threshold calls negative (for No Finding: images with a finding called &quot;no finding&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TP %1, FP %2, TN %3, FN %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::Thresholds</name>
    <message>
        <source>&apos;%1&apos; is not a threshold rule: youden, f1, sens:0.9, spec:0.9 or value:0.5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::WordPieceTokenizer</name>
    <message>
        <source>the context length must be at least 2 ([CLS] and [SEP])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WordPiece vocabulary lacks the token %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::ZeroShot</name>
    <message>
        <source>an empty prompt set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::AuditCommand</name>
    <message>
        <source>The output folder (created): results, figures, report and manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in audit instead of CONFIG.json: %1 (the study&apos;s protocol).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --preset: the MIMIC-CXR folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --preset: the MIMIC-IV folder (default: hosp/ under the MIMIC folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --preset: the NIH ChestX-ray14 folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --preset: the NEATX drain table (default: found under the NIH folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --preset: a model bundle (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the configuration&apos;s random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the configuration&apos;s bootstrap resamples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default: all cores; the results do not depend on it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write no figures and no PDF (tables only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit configuration (a cxrfair project file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an audit end to end: embeddings (through the store, so reruns are instant), zero-shot scores, subgroup metrics, intersections, thresholds, calibration, the drain shortcut, PCA and probes; then tidy CSV and JSON results, figures (PNG, SVG, PDF), a LaTeX table, an HTML and PDF report with a methods paragraph, and a manifest of input hashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either one CONFIG.json or --preset NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed and --bootstrap take non-negative whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads takes a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxrfair-cli: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit written to %1 (%2 files); report: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cxrfair-cli: the audit is incomplete (%n problem(s)); what finished is kept</source>
        <translation>
            <numerusform>cxrfair-cli: the audit is incomplete (%n problem); what finished is kept</numerusform>
            <numerusform>cxrfair-cli: the audit is incomplete (%n problems); what finished is kept</numerusform>
        </translation>
    </message>
    <message>
        <source>The study&apos;s repository (the folder that holds data/performance/): a reproduction table per dataset and in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --published: which published model each model reproduces, e.g. chexzero=&quot;My CheXzero&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--published-map goes with --published DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--published: no folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--published-map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each stage&apos;s wall time and peak memory to this CSV (stage, seconds, peak_rss_mib); it is not part of the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timings: cannot write %1 (no such folder, or a folder)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::CohortOptions</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset layout: nih, mimic, chexpert, csv, or auto (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIMIC: the MIMIC-IV folder (default: hosp/ under the root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIMIC: chexpert (default) or negbio labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIH: the NEATX drain table (default: found under the root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CheXpert: the demographics table saved as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic CSV: the column mapping (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only these splits, comma-separated (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only these views, comma-separated, or &apos;all&apos; (default: PA,AP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain labels count as: drop (unknown, default), negative, positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank labels count as: negative (default, as in the study), drop, positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age bin edges (default 18,25,50,65,80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race mapping rules (JSON: [{&quot;prefix&quot;: ..., &quot;group&quot;: ...}]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of the two sex groups, female first (default Female,Male).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F,M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute intersections to count, e.g. sex:age,sex:race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not check that image files exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--root DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot tell the dataset layout; give --format nih|mimic|chexpert|csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (nih, mimic, chexpert, csv or auto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--uncertain and --blank take drop, negative or positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--age-bins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sex-names takes two names, female first, e.g. Female,Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--intersections: &apos;%1&apos; needs two attributes, e.g. sex:age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--intersections: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::Common</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu, cuda or auto (default: cuda when available).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--device takes cpu, cuda or auto, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the embedding store is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n damaged or incomplete record(s) of the store were skipped; those of this run&apos;s part were cut out and their images encoded again</source>
        <translation>
            <numerusform>about %n damaged or incomplete record of the store was skipped; if it was in this run&apos;s part, it was cut out and its image encoded again</numerusform>
            <numerusform>about %n damaged or incomplete records of the store were skipped; those of this run&apos;s part were cut out and their images encoded again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n stored embedding(s) lost, their images left out; run embed again to encode them</source>
        <translation>
            <numerusform>about %n stored embedding lost, its image left out; run embed again to encode it</numerusform>
            <numerusform>about %n stored embeddings lost, their images left out; run embed again to encode them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n embedding(s) lost and not exported; run embed again to encode their images</source>
        <translation>
            <numerusform>about %n embedding lost and not exported; run embed again to encode its image</numerusform>
            <numerusform>about %n embeddings lost and not exported; run embed again to encode their images</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU threads for the encoder (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads takes a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding store (from cxrfair-cli embed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number of at least %2 (not &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3 (not &apos;%4&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::CompareCommand</name>
    <message>
        <source>The study repository&apos;s root: the folder that holds data/performance/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metrics table written by &apos;cxrfair-cli metrics&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison to write (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which published tables: mimic (subgroups, the default) or cxr14 (chest drains).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published model names for metrics models whose names differ, e.g. chexzero=&quot;CheXzero (fine-tuned)&quot;,biovil=BV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a metrics table next to the study&apos;s published tables (Sourget et al., FAIMI 2025): one row per published row it matches, with both AUCs and intervals, their difference and whether the intervals overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--published DIR, --metrics FILE.csv and --out FILE.csv are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dataset takes mimic or cxr14, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: no published table for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no published row matches a row of %1 (its models: %2; the published models: %3): name them with --map PUBLISHED=METRICS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 published rows matched (%3), %4 with overlapping intervals
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table has no rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::DatasetCommand</name>
    <message>
        <source>Dataset   %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images    %1 in the cohort, from %2 patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out  %1 missing images, %2 invalid rows, %3 outside the split, %4 outside the views, %5 without labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and %1 more (--problems N shows more, --json lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings  splits: %1; views: %2; uncertain labels: %3; blank labels: %4; age bins: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to print in tables (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a chest X-ray dataset in its published layout and summarise the cohort: images, patients, labels per condition, groups per attribute, and every problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--problems takes a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::DemoCommand</name>
    <message>
        <source>Folder to write the demo into (created if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images in the NIH-CXR14 tree (default 1600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images in the MIMIC-CXR tree (default 1600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIXELS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering threads (default: all cores; the output does not depend on it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate even if the folder holds this demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the demo datasets: synthetic chest radiographs with the study&apos;s six findings and chest drains, written as an NIH-CXR14 tree (PNG) and a MIMIC-CXR tree (DICOM, MIMIC-IV tables).
The same options always give the same files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo in %1 is up to date (seed %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo written to %1 in %2 s (seed %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  NIH-CXR14 layout:  %1  (%2 images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  MIMIC-CXR layout:  %1  (%2 images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Demo model:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-dataset scale: only a MIMIC-CXR tree of N images with MIMIC-CXR&apos;s own proportions of patients, studies and images, small images (default 32 pixels), and a demo model whose encoder reads them at their own size, so that embedding hundreds of thousands of images takes minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --images: the demo model&apos;s embedding dimension (default 512, as the study&apos;s models; at least 24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image width and height in pixels (default 256; 32 with --images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--images makes a MIMIC-CXR tree alone: it cannot be combined with --nih or --mimic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --images, --size must be a multiple of 8 (the model reads the images at their own size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dimension is for --images (the demo model is 24-dimensional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed, --nih, --mimic, --images, --dimension, --size and --threads take non-negative whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::DiscoveryCommands</name>
    <message>
        <source>--%1 takes a share between 0 and 1 (not &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terms file has no term (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty sample_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample_id &apos;%1&apos; is repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of keys for %2 rows of embeddings in %3: they must align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images (%2 positive): AUC %3 against %4, difference %5 [%6, %7], p %8; %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model bundle whose embeddings to tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table to write: sample_id, then one score per tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tags, in the prompt JSON format (a tag named as a built-in one replaces it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each tag&apos;s AUC against the dataset&apos;s annotation of the same thing (NEATX drains), with its bootstrap interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the built-in tags as a JSON file to start one&apos;s own from, and stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the bootstrap (default 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-shot tags for what images show that is not a finding (devices, the acquisition), scored from the stored image embeddings: no image is encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store STORE, --model BUNDLE and --out FILE are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 tags of %2 images to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against the annotation &apos;%2&apos;: AUC %3 [%4, %5] on %6 annotated images (%7 with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image embeddings (.npy) as cxrfair-cli embeddings export writes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.npy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys aligned with X.npy (a sample_id column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores as cxrfair-cli score writes them (attributes from its extra columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of the three files: the embedding store and --model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model bundle (with --store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --store: the prompts to score with (a preset or a JSON file; default faimi2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRESET|FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --store: more tags (prompt JSON format) for the enrichment; the built-in ones are always scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --store: each tag is given to this share of the images (default 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition whose errors to slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slices to write, worst first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slices.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every labelled image&apos;s slice (-1: none) and half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many slices (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the halves, the mixture and the bootstrap (default 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap resamples (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text embeddings of the terms (.npy, one row per line of --terms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T.npy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases that describe slices, one per line (with --store, encoded by the model; default: built-in radiology phrases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terms.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the groups of images, close in embedding space, where a model does worst on one condition: searched on half of the patients, every figure reported on the other half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --embeddings X.npy --keys K.csv --scores S.csv, or --store STORE --model BUNDLE; and --condition NAME and --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store and --model go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--embeddings, --keys and --scores go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--text-embeddings needs --terms (one term per row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prompts, --tags and --tag-prevalence go with --store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scores hold %1 models (%2): give one model&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 labelled images of %2 have no embedding and are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of text embeddings for %2 terms in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slices of %2 (%3 mixture components on %4 principal components; %5 images searched, %6 held out):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::EmbeddingCommands</name>
    <message>
        <source>Image embeddings (float32 .npy, one row per image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.npy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV whose rows align with the embeddings, with patient_id and the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column to predict (sex, race, age, a label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logistic (default) or knn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient-grouped cross-validation folds (default 5); 0: the study&apos;s 80/20 split with C chosen on a validation part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverse regularisation strength (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k for k-NN (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap resamples for the intervals (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin edges when the target is a numeric age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well an attribute can be predicted from image embeddings: a patient-grouped probe with macro one-vs-rest AUC and accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--embeddings, --table and --target are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--classifier takes logistic or knn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--age-bins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 rows but %3 has %4: they must align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target     %1 (%2 classes, %3 images evaluated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro AUC  %1 [%2, %3]   (chance 0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy   %1 [%2, %3]   (chance %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: a logistic fit did not converge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image embeddings (.npy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projection to write: row,pc1,pc2,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of components (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal components of image embeddings (centred, unscaled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--embeddings and --out are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--components takes a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained variance ratio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many images train the probe, whole patients drawn with the seed (default 50000; 0: all). The test images are never sampled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--folds (0 or at least 2), --seed, --C (positive), --neighbours, --bootstrap and --max-train take numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::ImageCommand</name>
    <message>
        <source>The PNG file to write (8-bit grayscale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON describing the image: rows, columns, bits, photometric interpretation, transfer syntax and the window used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink so that the longer side is at most this many pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIXELS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG bit depth: 8 (default) or 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BITS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image: DICOM, PNG or JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode an image as cxrfair sees it (modality and VOI transforms, MONOCHROME1 inverted) and write it as PNG at its native size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one image FILE (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to do: give --out PNG, --info, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size takes a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bits takes 8 or 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the PNG (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::Main</name>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::MetricsCommand</name>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> positive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gap %2 [%3, %4], worst %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortcut %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present %1 (%2 positives), absent %3 (%4 positives), difference %5 [%6, %7]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tidy score table: model,condition,sample_id,patient_id,label,score and one column per attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics table to write (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the metrics as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes to report, comma-separated (default: every extra column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin edges for a numeric age column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute intersections, e.g. sex:age,sex:race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap resamples (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval level (default 0.95).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resample patients with all their images (&apos;patient&apos;), or images (&apos;none&apos;, the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resample positives and negatives separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag groups with fewer positives or negatives (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating threshold: youden, f1, sens:0.9, spec:0.9 (chosen on --validation) or value:0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation scores (same format) to choose the threshold on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 0/1 column recorded on positives (e.g. drain): shortcut analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeLong intervals on the logit scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default: all cores; the results do not depend on it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup AUCs with DeLong and bootstrap intervals, tests against the rest (Holm, Benjamini-Hochberg), AUPRC, threshold rates, calibration, gaps and shortcut analysis, from a table of scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scores FILE.csv and --out FILE.csv are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bootstrap takes a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ci takes a level between 0 and 1, e.g. 0.95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cluster takes patient or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stratify and --cluster patient cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-group takes a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads takes a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold %1 is chosen on validation data: give --validation FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--age-bins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--intersections: &apos;%1&apos; needs two attributes, e.g. sex:age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no confounder column &apos;%2&apos; (the table has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --confounder: the condition whose positives it splits (default: every condition).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no condition &apos;%2&apos; for the shortcut analysis (the table has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--shortcut-condition needs --confounder COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group whose bootstrap interval is wider than this has insufficient evidence (default 0.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIDTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--evidence-width takes a width above 0 and at most 1, e.g. 0.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write every pair of groups&apos; cross-group AUCs (xAUC) with the bootstrap interval of their disparity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the summary per model, condition and attribute: worst-group AUC, gap with its bias-corrected estimate, ES-AUC, equal-opportunity and equalized-odds differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also compare each attribute&apos;s groups after reweighting them to the same joint distribution of these covariates and the same prevalence (rows with adjusted = matched), e.g. age,view; &apos;default&apos;: age and view for sex and race, sex and view for age, as the audit does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (the tidy table, the default) or faimi2025: the study&apos;s own layout under the folder --out names, one zeroshot_{model}.csv per model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --format faimi2025: mimic (subgroups, the default) or cxr14 (the shortcut&apos;s strata as groups 0.0 and 1.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes csv or faimi2025, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dataset takes mimic or cxr14, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dataset goes with --format faimi2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--match takes covariates, e.g. age,view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column &apos;%2&apos; to match on (the table has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrote %n table(s) in the study&apos;s layout under %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--match names a covariate twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 is not matched: its only covariate is itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::MmdCommand</name>
    <message>
        <source>Image embeddings (.npy, one image per row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.npy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV table with one row per embedding, in the same order (as `embeddings export` writes), holding the attribute&apos;s column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column whose values are the groups (empty: left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the subsamples and permutations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permutations (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images drawn per group at most (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin edges for a numeric age column (default: the study&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representation shift: for every pair of an attribute&apos;s groups, the unbiased squared maximum mean discrepancy of their embeddings (Gaussian kernel, median-distance bandwidth) with a permutation p-value, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--embeddings, --keys and --attribute are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number of at least 0, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--age-bins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 rows and %3 has %4 embeddings: they must match, row for row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::ModelCommands</name>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip-bpe or wordpiece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vocabulary: CLIP&apos;s bpe_simple_vocab_16e6.txt(.gz) or BERT&apos;s vocab.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPiece: lower-case and strip accents (uncased models). CLIP always lower-cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length: ids are truncated to it, end token kept (default 77 for clip-bpe, 512 for wordpiece).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts to tokenize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the token ids of each TEXT, one line per text, separated by single spaces, with start and end tokens and without padding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tokenizer takes clip-bpe or wordpiece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vocab FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--context takes a whole number of at least 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model bundle (NAME.cxrmodel folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding store folder (created; an existing one is resumed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads decoding and preprocessing images (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode only shard i of N (0-based), chosen by a stable hash of the image key; N processes fill one store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i/N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode a dataset&apos;s images with a model&apos;s image encoder and store the embeddings. Embeddings are appended as they are produced: a second run reuses them, and an interrupted run resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model BUNDLE and --out STORE are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decode-threads takes a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--shard takes i/N with 0 &lt;= i &lt; N, e.g. 3/8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoded %1 images in %2 s (%3 images/s) on %4, batch %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images %1 (shard %2/%3): %4 already stored, %5 encoded, %6 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model bundle whose embeddings to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt preset (%1; default faimi2025: &apos;Chest {condition}&apos; against &apos;Chest No findings&apos;) or a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRESET|FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score table to write (CSV, .gz allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-shot scores from stored image embeddings: for each condition, sigmoid(T (v.t+ - v.t-)) with the model&apos;s logit scale T. Only the prompts are encoded; images never are. Writes the table cxrfair-cli metrics reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store STORE, --model BUNDLE and --out FILE are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 scores (%2 conditions, %3 prompts encoded) to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 images have no embedding (failed, or not encoded yet) and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed images (all listed in %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions to score, comma-separated (default: every condition of the dataset with positive and negative labels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out (no positive or no negative label): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per forward pass, halved on out-of-memory (default 0: 1 on the CPU, so that each embedding depends on its image alone; 32 on CUDA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch takes a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::ModelExportCommand</name>
    <message>
        <source>could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model exporter stopped abnormally</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::ModelInfoCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model bundle (NAME.cxrmodel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a model bundle&apos;s manifest and content hash, and check it: both encoders load and a probe image and a probe prompt give finite embeddings of the manifest&apos;s dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one BUNDLE (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding  %1 dimensions, logit scale %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check      on %1: image %2x%3 -&gt; [%4, %5] in %6 ms; &quot;%7&quot; -&gt; [%8, %9] in %10 ms; %11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED (not finite, or not the manifest&apos;s dimension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::PowerCommand</name>
    <message>
        <source>--%1 takes a number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s positives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s negatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other images&apos; positives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other images&apos; negatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall AUC, used for both standard errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-sided significance level (default 0.05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALPHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power (default 0.8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the positives the group needs (at its ratio of negatives to positives) for its MDD to be at most D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum detectable difference (MDD) of a group&apos;s AUC against the rest&apos;s, from Hanley and McNeil&apos;s standard errors, as JSON: how large a gap the group&apos;s size can tell from noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--positives, --negatives, --rest-positives, --rest-negatives and --auc are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--difference takes a number above 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::PromptCommands</name>
    <message>
        <source>The model bundle whose embeddings to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AUC of each prompt set, condition, attribute and group (CSV); the summary goes beside it as NAME-summary.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt sets, comma-separated: %1, or prompt JSON files (default: all three built-in ones; synonyms gives one set per phrasing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes to group by, comma-separated (default: every attribute of the images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin edges for the age (default: the study&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt sensitivity: every study condition&apos;s zero-shot AUC, overall and per group, under several prompt sets, scored from the stored embeddings (no image is encoded). A gap that changes with the words is not a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store STORE, --model BUNDLE and --out FILE are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--age-bins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attributes: no attribute column &apos;%1&apos; (the images have: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 prompt sets, %3 conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    inverted (AUC below 0.5): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::SaliencyCommand</name>
    <message>
        <source>--%1 takes a number of pixels from 1 to 16384 (not &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The radiograph (DICOM, PNG or JPEG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition whose score to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map: float32 .npy of shape (rows, columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAP.npy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occlusion (the default; every bundle, forward passes only) or gradient (gradient x input; encoders with autograd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occlusion: the side of the patch (default 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occlusion: the step between patches (default 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt preset (%1; default faimi2025) or a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRESET|FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the image with the map over it and a colour bar (PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a zero-shot score comes from on one image: occlusion (the score&apos;s drop when a patch of the input is set to 0) or gradient x input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model BUNDLE, --image FILE, --condition NAME and --out MAP.npy are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method takes occlusion or gradient (not &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--patch and --stride are for --method occlusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 for %3: score %4; map %5 x %6 (%7, on %8) written to %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patch %1, stride %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one value per input pixel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxrfair::cli::StoreCommands</name>
    <message>
        <source>no segment &apos;%1&apos; in the store (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the embeddings of this bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or name the segment (its folder or model name; default: the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings (float32, C order .npy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.npy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows&apos; keys: index, sample_id, patient_id, path, then the attributes and labels when the store has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a store&apos;s embeddings as a NumPy array and a CSV of keys aligned with its rows (np.load and pandas.read_csv read them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store STORE, --out X.npy and --keys K.csv are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 embeddings of %2 (dimension %3) to %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image embeddings computed elsewhere (.npy, one row per image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV aligned with the rows (a cxrfair keys file, or the study&apos;s metadata CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column of image ids (default: the first of sample_id, dicom_id, Image Index, image_id, path, Path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s name (default: the file&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding store to add them to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add embeddings computed elsewhere to a store as an &quot;embeddings only&quot; model, for the embedding views and export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--embeddings X.npy, --keys K.csv and --out STORE are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 embeddings of dimension %2 as &apos;%3&apos; into %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged store (created, or added to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stores of the shards, e.g. store-0 store-1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the stores of shard runs (cxrfair-cli embed --shard i/N) into one. Stores of different models, preprocessing or datasets are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out STORE and at least one store to merge are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 embeddings of dimension %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 store(s) into %2 (%3 part files copied).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Audit CLIP-based chest X-ray models for fairness and robustness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the dataset in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout of --open: nih, mimic, chexpert (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once everything is loaded, save the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (fr, es, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a score table and chart its subgroup AUCs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once everything is loaded, open the guided tour at STEP (1 is the first; 0 resumes where it was left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window colours: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window at WxH pixels (e.g. 1600x1000 for the documentation&apos;s pictures) instead of the size it would take on this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once everything is loaded, raise a view: auc, roc, shortcut, embeddings, slices, sensitivity, summary, gallery, prompts or jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the study&apos;s published results (the folder that holds data/performance/) on the subgroup bars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --published: which published model each model reproduces, e.g. chexzero=&quot;My CheXzero&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
