"""What each named Sora method spends its samples in: for every sample whose stack holds the method, the frame right
below its outermost occurrence, as a share of all Sora samples (docs/performance.md, "Where the time goes").

usage: python3 sora_callees.py RESOLVED.txt Finding.PayloadWritesFinder.Build [OTHER.Method ...]
"""
import collections
import sys

from sora_frames import read_samples, short, sora_samples


def main(path, methods):
    sora = sora_samples(read_samples(path))
    n = max(len(sora), 1)
    for method in methods:
        below, holding = collections.Counter(), 0
        for stack in sora:
            names = [short(f) for f in stack]
            if method not in names:
                continue
            holding += 1
            outermost = max(i for i, name in enumerate(names) if name == method)
            below[names[outermost - 1] if outermost > 0 else '(self)'] += 1
        print(f'{method}: {100.0 * holding / n:.1f} % of Sora samples; below it:')
        for name, count in below.most_common(8):
            print(f'    {100.0 * count / n:5.1f} %  {name[:150]}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
