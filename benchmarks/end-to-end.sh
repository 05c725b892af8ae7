#!/usr/bin/env bash
# The conflictdata tool end to end, as a user times it, on dense distinct news lines made from the seed articles:
# MB/s with one thread and with every core, the time to the first line of output, peak memory, and the same output
# whatever the thread count. Runnable from a fresh clone with the .NET 10 SDK and python3.
#   benchmarks/end-to-end.sh                 # 20 MB, the portable (JIT) build
#   MB=50 benchmarks/end-to-end.sh           # another size
#   AOT=1 benchmarks/end-to-end.sh           # the Native AOT build, as installed on linux-x64 (a few minutes to compile)
#   TOOL=/path/ConflictData.Cli benchmarks/end-to-end.sh      # a tool already published (AOT binary, or a .dll for the JIT)
#   RUNS=5 benchmarks/end-to-end.sh          # the fastest of 5 runs per thread count (default 3)
#   NEWS=/tmp/news20.txt benchmarks/end-to-end.sh   # an existing file instead of the generated one
#   CHRONO=/path/with/node_modules benchmarks/end-to-end.sh   # also chrono-node on the same file, in the same minute
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mb=${MB:-20}
work=${WORK:-$(mktemp -d)}
news="$work/news.txt"

# Dense, distinct lines: every sentence of the seed articles that holds a digit, behind a random tag, until the size.
# NEWS=FILE times that file instead (such as the output of shared/peers/speed/make_news_lines.py, which also keeps
# the seed sentences without a digit and so is less dense).
if [[ -n "${NEWS:-}" ]]; then
    news=$NEWS
else
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
fi

if [[ -n "${TOOL:-}" ]]; then
    if [[ "$TOOL" == *.dll ]]; then tool=(dotnet "$TOOL"); else tool=("$TOOL"); fi
elif [[ "${AOT:-0}" == 1 ]]; then
    # What `dotnet tool install` gives on linux-x64 (the project publishes Native AOT).
    start=$(date +%s)
    dotnet publish "$root/src/ConflictData.Cli" -c Release -r linux-x64 -o "$work/tool" >/dev/null
    echo "Native AOT publish: $(( $(date +%s) - start )) s"
    tool=("$work/tool/ConflictData.Cli")
else
    # The portable tool, what every other platform installs: run by the .NET runtime, compiled as it runs.
    dotnet publish "$root/src/ConflictData.Cli" -c Release -p:PublishAot=false -o "$work/tool" >/dev/null
    tool=(dotnet "$work/tool/ConflictData.Cli.dll")
fi

bytes=$(stat -c %s "$news")
echo "machine: $(nproc) cores; uptime before: $(uptime)"
# Each thread count RUNS times (default 3), the fastest kept; user+sys CPU is printed beside the wall clock because it
# suffers less than the wall clock when other processes share the cores.
for threads in 1 "$(nproc)"; do
    for run in $(seq "${RUNS:-3}"); do
        /usr/bin/time -f "%e %M %U %S" -o "$work/time.$threads.$run" "${tool[@]}" extract "$news" --published 2019-03-24 --format jsonl --threads "$threads" > "$work/out.$threads"
    done
    python3 - "$bytes" "$threads" "$work"/time."$threads".* <<'PY'
import sys
size, threads = int(sys.argv[1]), sys.argv[2]
runs = [tuple(map(float, open(p).read().split())) for p in sys.argv[3:]]
wall, kb, user, system = min(runs)
cpu = min(u + s for _, _, u, s in runs)
print(f'--threads {threads}: {wall:.2f} s wall, {size / 1e6 / wall:.1f} MB/s; {cpu:.2f} s user+sys CPU ({size / 1e6 / cpu:.1f} MB per CPU-second); '
      f'peak {int(kb) // 1024} MiB; best of {len(runs)}')
PY
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
echo "uptime after: $(uptime)"
echo "files in $work"
