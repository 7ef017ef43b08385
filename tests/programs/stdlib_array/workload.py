# A small realistic workload: sensor samples stored compactly, processed,
# serialized and read back.
import array
import io
import pickle
import struct

# deterministic pseudo-random samples
seed = 12345
samples = array.array('h')
for _ in range(5000):
    seed = (seed * 1103515245 + 12345) % 2**31
    samples.append((seed >> 8) % 2000 - 1000)
print(len(samples), samples[:8], min(samples), max(samples), sum(samples))

# histogram in an unsigned array
hist = array.array('I', [0]) * 20
for s in samples:
    hist[(s + 1000) // 100] += 1
print(hist, sum(hist))

# moving average into a float array
window = 50
averages = array.array('d')
running = sum(samples[:window])
averages.append(running / window)
for k in range(window, len(samples)):
    running += samples[k] - samples[k - window]
    averages.append(running / window)
print(len(averages), averages[:3], round(sum(averages), 6))

# narrow to bytes, clipping
clipped = array.array('b', (max(-128, min(127, s // 8)) for s in samples))
print(clipped[:10], clipped.count(127), clipped.count(-128))

# the binary layout agrees with struct
raw = samples.tobytes()
print(len(raw), struct.unpack('<4h', raw[:8]) == tuple(samples[:4]))
swapped = array.array('h', raw)
swapped.byteswap()
print(struct.unpack('>4h', swapped.tobytes()[:8]) == tuple(samples[:4]))

# write several arrays to one stream and read them back
stream = io.BytesIO()
for arr in (samples, hist, averages):
    header = struct.pack('<cI', arr.typecode.encode(), len(arr))
    stream.write(header)
    arr.tofile(stream)
stream.seek(0)
restored = []
while True:
    header = stream.read(5)
    if not header:
        break
    code, count = struct.unpack('<cI', header)
    arr = array.array(code.decode())
    arr.fromfile(stream, count)
    restored.append(arr)
print([a.typecode for a in restored], restored[0] == samples, restored[1] == hist,
      restored[2] == averages)

# pickled sizes stay compact for protocol 3+
for proto in range(6):
    data = pickle.dumps(samples, proto)
    print(proto, len(data), pickle.loads(data) == samples)

# in-place edits through slices
block = samples[100:110]
samples[100:110] = array.array('h', sorted(block))
print(samples[100:110] == array.array('h', sorted(block)))
del samples[::2]
print(len(samples), samples[:5])
samples.reverse()
print(samples[:5], samples.index(samples[3]))
