#!/usr/bin/env bash
# make-corpus.sh FUZZER_NAME CORPUS_DIR [FUZZER]: the seed corpus of one fuzz target, from a
# small demo (cxrfair-cli demo, named by $CXRFAIR_CLI) and a few files written here; the stored
# results' seed is written by the fuzz target itself (FUZZER).
set -euo pipefail
name=$1
corpus=$2
cli=${CXRFAIR_CLI:-cxrfair-cli}
mkdir -p "$corpus"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" demo --out "$work/demo" --nih 40 --mimic 60 --size 64 >/dev/null 2>&1
nih=$work/demo/nih
mimic=$work/demo/mimic
seed() { cat > "$corpus/$1"; }
case "$name" in
fuzz_csvreader | fuzz_datasets)
    head -c 4000 "$nih/Data_Entry_2017_v2020.csv" | seed nih-entry.csv
    head -c 4000 "$nih/Data_Entry_2017_v2020.csv" | sed 's/$/\r/' | { printf '\xef\xbb\xbf'; cat; } | seed nih-entry-bom-crlf.csv
    for table in metadata chexpert split; do
        gzip -dc "$mimic/mimic-cxr-2.0.0-$table.csv.gz" | head -c 4000 | seed "mimic-$table.csv"
    done
    gzip -dc "$mimic/hosp/patients.csv.gz" | head -c 3000 | seed mimic-patients.csv
    printf 'path,patient,sex,age,Pneumothorax\na.png,p1,F,40,1\n"b,c.png",p2,M,,0\n' | seed generic.csv
    printf 'Path,Sex,Age,Frontal/Lateral,AP/PA,No Finding,Pneumothorax\nCheXpert-v1.0/train/patient00001/study1/view1_frontal.jpg,Female,68,Frontal,AP,1.0,\n' | seed chexpert.csv
    ;;
fuzz_npy | fuzz_store)
    model=$work/demo/demo-clip.cxrmodel
    "$cli" embed --root "$nih" --model "$model" --out "$work/store" >/dev/null 2>&1
    "$cli" embeddings export --store "$work/store" --out "$work/x.npy" --keys "$work/k.csv" >/dev/null 2>&1
    if [ "$name" = fuzz_npy ]; then
        cp "$work/x.npy" "$corpus/demo.npy"
        head -c 200 "$work/x.npy" | seed header-only.npy
    else
        part=$(ls "$work"/store/*/part-0-of-1.bin)
        head -c 3000 "$part" | seed part.bin
    fi
    ;;
fuzz_configs)
    printf '{"format": "cxrfair-project", "version": 2, "datasets": [{"source": {"format": "nih", "root": "nih"}, "settings": {"views": ["PA"], "age_bins": [18, 25, 50], "race_mapping": {"rules": [{"prefix": "WHITE", "group": "White"}], "fallback": "Other"}}, "models": ["m.cxrmodel"]}], "audit": {"statistics": {"bootstrap": 10, "ci": 0.9, "resample": "patient", "threshold": "youden"}, "analyses": {"embeddings": false}, "figures": {"column": "single", "formats": ["png"]}}}' | seed project.json
    printf '{"name": "p", "default": {"positive": ["Chest {condition}"], "negative": "No findings"}, "conditions": {"Pneumothorax": {"positive": ["pneumothorax"], "negative": ["no pneumothorax"]}}}' | seed prompts.json
    printf '{"table": "t.csv", "image": "path", "labels": {"Pneumothorax": "ptx"}, "delimiter": ";"}' | seed mapping.json
    printf '{"format_version": 1, "model": "m", "model_hash": "ab", "dim": 4, "embeddings_only": false, "preprocessing": {"size": 224, "mean": [0.5, 0.5, 0.5]}}' | seed segment.json
    ;;
fuzz_tokenizers)
    printf 'Chest Pneumothorax' | seed clip.txt
    printf 'no findings, the chest is clear.' | seed wordpiece.txt
    printf 'Pleural Effusion \xc3\xa9t\xc3\xa9 \xf0\x9f\x98\x80 42mm' | seed unicode.txt
    ;;
fuzz_results)
    CXRFAIR_FUZZ_WRITE_SEED="$corpus/analysis.results" "${3:?make-corpus.sh: fuzz_results needs the fuzz target as third argument}"
    head -c 400 "$corpus/analysis.results" | seed cut.results
    ;;
fuzz_images)
    cp "$(find "$nih" -name '*.png' | sort | head -1)" "$corpus/demo.png"
    cp "$(find "$mimic" -name '*.dcm' | sort | head -1)" "$corpus/demo.dcm"
    ;;
*)
    echo "make-corpus.sh: no seeds for $name" >&2
    exit 1
    ;;
esac
