import sys, re, collections
sys.argv, targets = sys.argv[:2], sys.argv[2:]
exec(open(__file__.replace('sora_callees.py', 'sora_frames.py')).read().split("total = len(samples)")[0])
sora = [s for s in samples if any('[Sora.Analyzers]' in f for f in s)]
n = len(sora)
for t in targets:
    kids = collections.Counter(); c = 0
    for s in sora:
        names = [short(f) for f in s]
        if t not in names: continue
        c += 1
        i = max(i for i, nm in enumerate(names) if nm == t)  # outermost occurrence; stack is leaf first
        kids[names[i-1] if i > 0 else '(self)'] += 1
    print(f'{t}: {100.0*c/n:.1f} % of Sora samples; below it:')
    for k, v in kids.most_common(8):
        print(f'    {100.0*v/n:5.1f} %  {k[:150]}')
