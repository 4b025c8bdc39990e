#!/bin/bash
# A one-node SLURM cluster on localhost runs packaging/slurm's job array and merge on a demo
# tree made by `demo --images` (MIMIC-CXR's proportions, the cheap 512-dimensional model); the
# merged store must hold the same embeddings as a single run's store, bit for bit, and score
# the same. CXRFAIR_SLURM_IMAGES sets the tree's size (default 2000; 377110 is MIMIC-CXR's) and
# CXRFAIR_SLURM_WAIT the seconds to wait for the jobs (default 180). Skipped (status 77) where
# Debian's slurm-wlm is not installed or the test is not root (slurmd runs the jobs as root).
set -euo pipefail
cli=${CXRFAIR_CLI:?the cxrfair-cli to test}
source_dir=${CXRFAIR_SOURCE_DIR:?the source folder}
for tool in slurmctld slurmd sbatch squeue sinfo; do
    if ! command -v "$tool" >/dev/null && ! [[ -x /usr/sbin/$tool ]]; then
        echo "SKIP: $tool is not installed (apt-get install slurm-wlm)"
        exit 77
    fi
done
if [[ $(id -u) -ne 0 ]]; then
    echo "SKIP: a one-node SLURM cluster for tests needs root"
    exit 77
fi
PATH=$PATH:/usr/sbin
tmp=$(mktemp -d)
cleanup() {
    for daemon in slurmd slurmctld; do
        [[ -f $tmp/$daemon.pid ]] && kill "$(cat "$tmp/$daemon.pid")" 2>/dev/null || true
    done
    sleep 1
    rm -rf "$tmp"
}
trap cleanup EXIT

node=$(hostname -s)
port=$((20000 + RANDOM % 20000))
mkdir -p "$tmp/state" "$tmp/spool" "$tmp/work"
cat > "$tmp/slurm.conf" <<CONF
ClusterName=cxrfairtest
SlurmctldHost=$node
SlurmUser=root
SlurmdUser=root
AuthType=auth/none
CredType=cred/none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/slurmctld.log
SlurmdLogFile=$tmp/slurmd.log
SlurmctldPort=$port
SlurmdPort=$((port + 1))
NodeName=$node CPUs=$(nproc) State=UNKNOWN
PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$tmp/slurm.conf
slurmctld -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF"
for _ in $(seq 60); do
    sinfo -h -o %t 2>/dev/null | grep -Eq '^(idle|mix)' && break
    sleep 0.5
done
if ! sinfo -h -o %t | grep -Eq '^(idle|mix)'; then
    echo "FAIL: the node did not come up"; sinfo || true; tail -20 "$tmp/slurmctld.log" "$tmp/slurmd.log"
    exit 1
fi

images=${CXRFAIR_SLURM_IMAGES:-2000}
wait_s=${CXRFAIR_SLURM_WAIT:-180}
"$cli" demo --out "$tmp/demo" --images "$images" >/dev/null
model=$tmp/demo/demo-clip.cxrmodel
cd "$tmp/work"
start=$(date +%s.%N)
submitted=$("$source_dir/packaging/slurm/submit.sh" --shards 4 --format mimic \
    --root "$tmp/demo/mimic" --model "$model" --out "$tmp/merged" --cli "$cli" \
    --embed-args "--views all" -- --chdir="$tmp/work")
echo "$submitted"
for _ in $(seq $((wait_s * 2))); do
    [[ -z $(squeue -h 2>/dev/null) ]] && break
    sleep 0.5
done
sharded=$(echo "$(date +%s.%N) - $start" | bc)
if [[ -n $(squeue -h) ]]; then
    echo "FAIL: the jobs did not finish"; squeue; exit 1
fi
ls "$tmp/work"
cat "$tmp"/work/cxrfair-merge-*.log
shards=$(ls -d "$tmp/merged.shards"/shard-* | wc -l)
[[ $shards -eq 4 ]] || { echo "FAIL: $shards shard stores, not 4"; exit 1; }
grep -q "Merged 4 store(s)" "$tmp"/work/cxrfair-merge-*.log || { echo "FAIL: no merge"; exit 1; }

# The same images encoded by one process: the same embeddings, bit for bit, and the same scores.
start=$(date +%s.%N)
"$cli" embed --format mimic --root "$tmp/demo/mimic" --views all --model "$model" \
    --out "$tmp/single" >/dev/null
single=$(echo "$(date +%s.%N) - $start" | bc)
for store in merged single; do
    "$cli" embeddings export --store "$tmp/$store" --model "$model" --out "$tmp/x-$store.npy" \
        --keys "$tmp/keys-$store.csv" >/dev/null
    "$cli" score --store "$tmp/$store" --model "$model" --out "$tmp/scores-$store.csv" >/dev/null
done
rows=$(($(wc -l < "$tmp/keys-single.csv") - 1))
[[ $rows -eq $images ]] || { echo "FAIL: $rows embeddings in the single store, not $images"; exit 1; }
# The shards' rows come in another order: compare each image's embedding bytes by its key.
python3 - "$tmp" <<'PY'
import csv, struct, sys
def rows(store):
    folder = sys.argv[1]
    with open(f"{folder}/x-{store}.npy", "rb") as f:
        assert f.read(6) == b"\x93NUMPY"
        major = f.read(2)[0]
        size = struct.unpack("<H" if major == 1 else "<I", f.read(2 if major == 1 else 4))[0]
        header = f.read(size).decode()
        shape = tuple(int(v) for v in header.split("(")[1].split(")")[0].split(",") if v.strip())
        data = f.read()
    width = shape[1] * 4
    assert len(data) == shape[0] * width, "truncated array"
    with open(f"{folder}/keys-{store}.csv", newline="") as f:
        keys = [r["sample_id"] for r in csv.DictReader(f)]
    assert len(keys) == shape[0]
    return {k: data[i * width:(i + 1) * width] for i, k in enumerate(keys)}
merged, single = rows("merged"), rows("single")
assert merged.keys() == single.keys(), "the stores hold different images"
different = [k for k in single if merged[k] != single[k]]
assert not different, f"{len(different)} embeddings differ, e.g. {different[0]}"
PY
cmp "$tmp/scores-merged.csv" "$tmp/scores-single.csv"
echo "PASS: $rows embeddings from 4 SLURM shards (${sharded} s with the merge) equal a single run's (${single} s), and score the same"
