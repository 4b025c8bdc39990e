#!/bin/bash
# A one-node SLURM cluster on localhost runs packaging/slurm's job array and merge on the demo;
# the merged store must score exactly as a single run's store does. Skipped (status 77) where
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

"$cli" demo --out "$tmp/demo" --nih 0 --mimic 300 --size 96 >/dev/null
model=$tmp/demo/demo-clip.cxrmodel
cd "$tmp/work"
submitted=$("$source_dir/packaging/slurm/submit.sh" --shards 4 --format mimic \
    --root "$tmp/demo/mimic" --model "$model" --out "$tmp/merged" --cli "$cli" -- \
    --chdir="$tmp/work")
echo "$submitted"
for _ in $(seq 240); do
    [[ -z $(squeue -h 2>/dev/null) ]] && break
    sleep 0.5
done
if [[ -n $(squeue -h) ]]; then
    echo "FAIL: the jobs did not finish"; squeue; exit 1
fi
ls "$tmp/work"
cat "$tmp"/work/cxrfair-merge-*.log
shards=$(ls -d "$tmp/merged.shards"/shard-* | wc -l)
[[ $shards -eq 4 ]] || { echo "FAIL: $shards shard stores, not 4"; exit 1; }
grep -q "Merged 4 store(s)" "$tmp"/work/cxrfair-merge-*.log || { echo "FAIL: no merge"; exit 1; }

# The same images encoded by one process: the scores must be the same bytes.
"$cli" embed --format mimic --root "$tmp/demo/mimic" --model "$model" --out "$tmp/single" >/dev/null
for store in merged single; do
    "$cli" score --store "$tmp/$store" --model "$model" --out "$tmp/scores-$store.csv" >/dev/null
done
cmp "$tmp/scores-merged.csv" "$tmp/scores-single.csv"
echo "PASS: $(($(wc -l < "$tmp/scores-single.csv") - 1)) scores from 4 SLURM shards equal a single run's"
