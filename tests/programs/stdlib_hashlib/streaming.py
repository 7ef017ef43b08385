# Feeding data in irregular chunks gives the same digest as one call.
import hashlib

state = 2024


def nxt(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state % n


data = bytes(nxt(256) for _ in range(3000))
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s"]:
    whole = hashlib.new(name, data).hexdigest()
    h = hashlib.new(name)
    pos = 0
    copies = []
    while pos < len(data):
        step = nxt(300)
        h.update(data[pos:pos + step])
        pos += step
        if nxt(5) == 0:
            copies.append(h.copy())
    print(name, whole[:24], h.hexdigest() == whole, len(copies) > 0,
          all(c.hexdigest() != whole for c in copies[:-1]))
x = hashlib.shake_128()
for i in range(0, len(data), 97):
    x.update(data[i:i + 97])
print(x.hexdigest(40) == hashlib.shake_128(data).hexdigest(40), x.hexdigest(20))
