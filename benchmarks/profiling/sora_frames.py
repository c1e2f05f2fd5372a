"""Reads `perf script` output of a --profile-sora run; prints Sora.Analyzers' methods by inclusive and exclusive samples."""
import sys, re, collections

def short(frame):
    # perf-map names look like: "instance bool [Sora.Analyzers] Sora.Analyzers.Finding.X::M(class ...)[OptimizedTier1]"
    m = re.search(r'\] ([\w.`<>+|,\[\]-]+)::([\w<>`.|-]+)', frame)
    if m:
        return m.group(1).replace('Sora.Analyzers.', '').replace('Microsoft.CodeAnalysis.', 'MCA.') + '.' + m.group(2)
    return frame.strip()[:110]

samples = []
stack = []
for line in open(sys.argv[1], errors='replace'):
    if not line.strip():
        if stack:
            samples.append(stack)
        stack = []
        continue
    if line.startswith('\t') or line.startswith(' '):
        parts = line.strip().split(' ', 1)
        sym = parts[1] if len(parts) > 1 else parts[0]
        dso = re.search(r'\(([^()]*)\)$', sym)
        sym = re.sub(r' \([^()]*\)$', '', sym)  # drop the dso
        if sym.startswith('[unknown]') and dso:
            sym = '[native ' + dso.group(1).rsplit('/', 1)[-1] + ']'
        stack.append(sym)
if stack:
    samples.append(stack)

total = len(samples)
sora = [s for s in samples if any('[Sora.Analyzers]' in f for f in s)]
n = len(sora)
print(f'samples: {total}; with a Sora.Analyzers frame: {n} ({100.0*n/max(total,1):.1f} %)')
incl = collections.Counter(); excl_sora = collections.Counter(); leaf = collections.Counter(); callee = collections.defaultdict(collections.Counter)
entry = collections.Counter()
for s in sora:
    seen = set()
    names = [short(f) if '[Sora.Analyzers]' in f else None for f in s]
    for nm in names:
        if nm and nm not in seen:
            seen.add(nm); incl[nm] += 1
    inner = next(i for i, nm in enumerate(names) if nm)  # stacks are leaf first
    excl_sora[names[inner]] += 1
    if inner == 0:
        leaf[names[inner]] += 1
    else:
        callee[names[inner]][short(s[inner - 1])] += 1
    outer = max(i for i, nm in enumerate(names) if nm)
    entry[names[outer]] += 1
top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
print('\n## inclusive (share of Sora samples)')
for nm, c in incl.most_common(top):
    print(f'{100.0*c/n:5.1f} %  {nm}')
print('\n## exclusive: innermost Sora frame (its own code plus the Roslyn/BCL code it calls directly)')
for nm, c in excl_sora.most_common(top):
    own = leaf[nm]
    calls = ', '.join(f'{k} {100.0*v/n:.1f} %' for k, v in callee[nm].most_common(3))
    print(f'{100.0*c/n:5.1f} %  (own code {100.0*own/n:4.1f} %)  {nm}   <- calls: {calls}')
print('\n## entry points (outermost Sora frame)')
for nm, c in entry.most_common(15):
    print(f'{100.0*c/n:5.1f} %  {nm}')
