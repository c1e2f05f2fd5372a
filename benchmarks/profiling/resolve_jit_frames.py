"""Resolves JIT frames of `perf script -F ip,sym,dso --show-mmap-events` when .NET's W^X double mapping hid them from perf:
a frame in /memfd:doublemapper is an offset into that file; the executable mapping of that offset gives its address, and
/tmp/perf-PID.map the method at that address. Writes perf-script-like text (blank line between samples)."""
import sys, re, bisect
script, mapfile = sys.argv[1], sys.argv[2]
syms = []
for line in open(mapfile, errors='replace'):
    a, size, name = line.rstrip('\n').split(' ', 2)
    syms.append((int(a, 16), int(size, 16), name))
syms.sort()
starts = [s[0] for s in syms]
maps = []  # (pgoff, len, start)
mm = re.compile(r'PERF_RECORD_MMAP2 .*\[0x([0-9a-f]+)\(0x([0-9a-f]+)\) @ (0x[0-9a-f]+|\d+) .*\]: r-x\S* /memfd:doublemapper')
out = sys.stdout
def lookup(addr):
    i = bisect.bisect_right(starts, addr) - 1
    if i >= 0 and addr < syms[i][0] + syms[i][1]:
        return syms[i][2]
    return None
def resolve(off):
    for pg, ln, st in reversed(maps):
        if pg <= off < pg + ln:
            name = lookup(st + off - pg)
            if name:
                return name
    return '[unresolved jit]'
for line in open(script, errors='replace'):
    if 'PERF_RECORD_MMAP2' in line:
        m = mm.search(line)
        if m:
            maps.append((int(m.group(3), 0), int(m.group(2), 16), int(m.group(1), 16)))
        continue
    if line.startswith('\t') or line.startswith(' '):
        if 'doublemapper' in line:
            off = int(line.strip().split(' ', 1)[0], 16)
            out.write('\t' + resolve(off) + '\n')
        else:
            out.write(line)
    elif not line.strip():
        out.write('\n')
