#!/bin/bash
# Submits the encoding of a dataset as a SLURM job array of N shards, and the merge of their
# stores as a job that runs when all of them have succeeded. Prints the two job ids.
#
#   packaging/slurm/submit.sh --shards N --format mimic --root /data/mimic-cxr \
#       --model /models/chexzero.cxrmodel --out /scratch/store [--cli PATH] \
#       [--embed-args "--views PA,AP --device cuda"] [-- more sbatch options]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
shards='' format='' root='' model='' out='' cli=${CXRFAIR_CLI:-cxrfair-cli} embed_args=''
while [[ $# -gt 0 ]]; do
    case $1 in
    --shards) shards=$2; shift 2 ;;
    --format) format=$2; shift 2 ;;
    --root) root=$2; shift 2 ;;
    --model) model=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --embed-args) embed_args=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "submit.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
if [[ -z $shards || -z $format || -z $root || -z $model || -z $out ]]; then
    echo "submit.sh: --shards, --format, --root, --model and --out are required" >&2
    exit 2
fi
if ! [[ $shards =~ ^[1-9][0-9]*$ ]]; then
    echo "submit.sh: --shards takes a positive whole number, not '$shards'" >&2
    exit 2
fi
absolute() { (cd "$(dirname "$1")" && echo "$PWD/$(basename "$1")"); }
mkdir -p "$out.shards"
export CXRFAIR_CLI=$cli CXRFAIR_FORMAT=$format CXRFAIR_ROOT=$(absolute "$root")
export CXRFAIR_MODEL=$(absolute "$model") CXRFAIR_STORES=$(absolute "$out.shards")
export CXRFAIR_STORE=$(absolute "$out") CXRFAIR_EMBED_ARGS=$embed_args
array=$(sbatch --parsable --export=ALL --array="0-$((shards - 1))" "$@" \
    "$here/cxrfair-shard.sbatch")
array=${array%%;*}
merge=$(sbatch --parsable --export=ALL --dependency="afterok:$array" "$@" \
    "$here/cxrfair-merge.sbatch")
echo "shards: job $array ($shards tasks); merge: job ${merge%%;*}"
