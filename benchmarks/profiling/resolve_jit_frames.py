"""Names the JIT-compiled frames of a `perf script -F ip,sym,dso --show-mmap-events` listing of a .NET process.

.NET maps its JIT code twice (W^X) through /memfd:doublemapper, and perf does not match those frames with the
/tmp/perf-PID.map that DOTNET_PerfMapEnabled=1 makes the runtime write: it prints them as an offset into the memfd.
The executable mapping of that offset (perf's MMAP2 events) gives the frame's address, and the map the method there.
Writes the stacks in perf script's layout (one frame a line, a blank line between samples) for sora_frames.py.

usage: python3 resolve_jit_frames.py RAW.txt /tmp/perf-PID.map > RESOLVED.txt
"""
import bisect
import re
import sys

EXECUTABLE_DOUBLE_MAPPING = re.compile(
    r'PERF_RECORD_MMAP2 .*\[0x([0-9a-f]+)\(0x([0-9a-f]+)\) @ (0x[0-9a-f]+|\d+) .*\]: r-x\S* /memfd:doublemapper')


def read_perf_map(path):
    methods = []
    for line in open(path, errors='replace'):
        address, size, name = line.rstrip('\n').split(' ', 2)
        methods.append((int(address, 16), int(size, 16), name))
    methods.sort()
    return [m[0] for m in methods], methods


def main(raw_path, map_path):
    starts, methods = read_perf_map(map_path)
    mappings = []  # (file offset, length, address), in the order the process made them

    def method_at(address):
        i = bisect.bisect_right(starts, address) - 1
        return methods[i][2] if i >= 0 and address < methods[i][0] + methods[i][1] else None

    def resolve(offset):
        # The latest mapping of the offset first: the runtime reuses memfd pages for new code.
        for file_offset, length, address in reversed(mappings):
            if file_offset <= offset < file_offset + length:
                name = method_at(address + offset - file_offset)
                if name:
                    return name
        return '[unresolved jit]'

    out = sys.stdout
    for line in open(raw_path, errors='replace'):
        if 'PERF_RECORD_MMAP2' in line:
            m = EXECUTABLE_DOUBLE_MAPPING.search(line)
            if m:
                mappings.append((int(m.group(3), 0), int(m.group(2), 16), int(m.group(1), 16)))
        elif line.startswith('\t') or line.startswith(' '):
            if 'doublemapper' in line:
                out.write('\t' + resolve(int(line.strip().split(' ', 1)[0], 16)) + '\n')
            else:
                out.write(line)
        elif not line.strip():
            out.write('\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
