# Edge cases of randbytes and of bytes seeds built with bytes repetition.
import random

r = random.Random(4)
print(r.randbytes(0), r.randbytes(3), len(r.randbytes(100)))
print(random.Random(b'\x00\xff' * 40).random())
print(random.Random(bytearray(b'ab') * 3).random() == random.Random('ababab').random())
