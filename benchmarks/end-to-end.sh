#!/usr/bin/env bash
# The conflictdata tool end to end, as a user times it, on dense distinct news lines made from the seed articles:
# MB/s with one thread and with every core, the time to the first line of output, peak memory, and the same output
# whatever the thread count. Runnable from a fresh clone with the .NET 10 SDK and python3.
#   benchmarks/end-to-end.sh                 # 20 MB, the portable (JIT) build
#   MB=50 benchmarks/end-to-end.sh           # another size
#   AOT=1 benchmarks/end-to-end.sh           # the Native AOT build (linux-x64; a few minutes to compile)
#   TOOL=/path/ConflictData.Cli benchmarks/end-to-end.sh      # a tool already published (AOT binary, or a .dll for the JIT)
#   CHRONO=/path/with/node_modules benchmarks/end-to-end.sh   # also chrono-node on the same file, in the same minute
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mb=${MB:-20}
work=${WORK:-$(mktemp -d)}
news="$work/news.txt"

# Dense, distinct lines: every sentence of the seed articles that holds a digit, behind a random tag, until the size.
python3 - "$root/seeds" "$news" "$mb" <<'PY'
import glob, os, random, re, sys
seeds, out, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
sentences = []
for path in sorted(glob.glob(os.path.join(seeds, '*.txt'))):
    for line in open(path, encoding='utf-8'):
        sentences += [s for s in re.split(r'(?<=[.!?])\s+', line.strip()) if re.search(r'\d', s)]
rng = random.Random(20190324)
size = 0
with open(out, 'w', encoding='utf-8', newline='\n') as f:
    while size < mb * 1_000_000:
        line = ''.join(rng.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(6)) + ' ' + rng.choice(sentences) + '\n'
        f.write(line)
        size += len(line.encode('utf-8'))
print(f'{out}: {size / 1e6:.1f} MB, {len(sentences)} distinct sentences behind random tags')
PY

if [[ -n "${TOOL:-}" ]]; then
    if [[ "$TOOL" == *.dll ]]; then tool=(dotnet "$TOOL"); else tool=("$TOOL"); fi
elif [[ "${AOT:-0}" == 1 ]]; then
    start=$(date +%s)
    dotnet publish "$root/src/ConflictData.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$work/tool" >/dev/null
    echo "Native AOT publish: $(( $(date +%s) - start )) s"
    tool=("$work/tool/ConflictData.Cli")
else
    dotnet publish "$root/src/ConflictData.Cli" -c Release -o "$work/tool" >/dev/null
    tool=(dotnet "$work/tool/ConflictData.Cli.dll")
fi

bytes=$(stat -c %s "$news")
echo "machine: $(nproc) cores, $(uptime)"
for threads in 1 "$(nproc)"; do
    /usr/bin/time -f "%e %M" -o "$work/time.$threads" "${tool[@]}" extract "$news" --published 2019-03-24 --format jsonl --threads "$threads" > "$work/out.$threads"
    read -r seconds kb < "$work/time.$threads"
    python3 -c "import sys; s=float(sys.argv[1]); print(f'--threads {sys.argv[3]}: {s:.2f} s, {int(sys.argv[2])/1e6/s:.1f} MB/s, peak {int(sys.argv[4])//1024} MiB')" "$seconds" "$bytes" "$threads" "$kb"
done
cmp "$work/out.1" "$work/out.$(nproc)" && echo "same bytes with 1 and $(nproc) threads: $(wc -l < "$work/out.1") lines"

# The first line of output, from the start of the process.
python3 - "$news" "${tool[@]}" <<'PY'
import subprocess, sys, time
start = time.monotonic()
p = subprocess.Popen(sys.argv[2:] + ['extract', sys.argv[1], '--published', '2019-03-24', '--format', 'jsonl'], stdout=subprocess.PIPE)
p.stdout.readline()
print(f'first output after {(time.monotonic() - start) * 1000:.0f} ms')
p.kill(); p.wait()
PY
start=$(date +%s%N); "${tool[@]}" list > /dev/null; echo "conflictdata list: $(( ($(date +%s%N) - start) / 1000000 )) ms"

if [[ -n "${CHRONO:-}" ]] && command -v node > /dev/null; then
    echo "chrono-node, same file, same minute: $(uptime)"
    (cd "$CHRONO" && node chrono_bench.mjs "$news")
fi
echo "files in $work"
