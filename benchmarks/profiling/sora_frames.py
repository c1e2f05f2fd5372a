"""Sora.Analyzers' methods by share of Sora's CPU samples, from the output of resolve_jit_frames.py (docs/performance.md,
"Where the time goes"). A sample is Sora's when a frame of its stack is a method of [Sora.Analyzers]. Prints, for the
top N methods: inclusive (the sample's stack holds the method), exclusive (the method is the innermost Sora frame: its
own code plus the Roslyn and runtime code it calls directly, with the three largest of those), and entry points (the
outermost Sora frame: the analyzer callback the driver called).

usage: python3 sora_frames.py RESOLVED.txt [N]
"""
import collections
import re
import sys

SORA = '[Sora.Analyzers]'


def short(frame):
    """'instance bool [Sora.Analyzers] Sora.Analyzers.Finding.X::M(class ...)[OptimizedTier1]' -> 'Finding.X.M'."""
    m = re.search(r'\] ([\w.`<>+|,\[\]-]+)::([\w<>`.|-]+)', frame)
    if m:
        return m.group(1).replace('Sora.Analyzers.', '').replace('Microsoft.CodeAnalysis.', 'MCA.') + '.' + m.group(2)
    return frame.strip()[:110]


def read_samples(path):
    """The stacks of the file, leaf first; a native frame perf could not name is named by its library."""
    samples, stack = [], []
    for line in open(path, errors='replace'):
        if not line.strip():
            if stack:
                samples.append(stack)
            stack = []
            continue
        if line.startswith('\t') or line.startswith(' '):
            parts = line.strip().split(' ', 1)
            symbol = parts[1] if len(parts) > 1 else parts[0]
            library = re.search(r'\(([^()]*)\)$', symbol)
            symbol = re.sub(r' \([^()]*\)$', '', symbol)
            if symbol.startswith('[unknown]') and library:
                symbol = '[native ' + library.group(1).rsplit('/', 1)[-1] + ']'
            stack.append(symbol)
    if stack:
        samples.append(stack)
    return samples


def sora_samples(samples):
    return [s for s in samples if any(SORA in f for f in s)]


def main(path, top):
    samples = read_samples(path)
    sora = sora_samples(samples)
    n = max(len(sora), 1)
    print(f'samples: {len(samples)}; with a Sora.Analyzers frame: {len(sora)} ({100.0 * len(sora) / max(len(samples), 1):.1f} %)')
    inclusive, exclusive, own, entry = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    callees = collections.defaultdict(collections.Counter)
    for stack in sora:
        names = [short(f) if SORA in f else None for f in stack]
        for name in set(nm for nm in names if nm):
            inclusive[name] += 1
        inner = next(i for i, nm in enumerate(names) if nm)
        exclusive[names[inner]] += 1
        if inner == 0:
            own[names[inner]] += 1
        else:
            callees[names[inner]][short(stack[inner - 1])] += 1
        entry[names[max(i for i, nm in enumerate(names) if nm)]] += 1
    print('\n## inclusive (share of Sora samples)')
    for name, count in inclusive.most_common(top):
        print(f'{100.0 * count / n:5.1f} %  {name}')
    print('\n## exclusive: innermost Sora frame (its own code plus the Roslyn/BCL code it calls directly)')
    for name, count in exclusive.most_common(top):
        calls = ', '.join(f'{k} {100.0 * v / n:.1f} %' for k, v in callees[name].most_common(3))
        print(f'{100.0 * count / n:5.1f} %  (own code {100.0 * own[name] / n:4.1f} %)  {name}   <- calls: {calls}')
    print('\n## entry points (outermost Sora frame)')
    for name, count in entry.most_common(15):
        print(f'{100.0 * count / n:5.1f} %  {name}')


if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 40)
