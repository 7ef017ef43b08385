import random
random.seed(5)
out = []
for i in range(400):
    a = random.getrandbits(random.randint(1, 400)) * random.choice([1, -1])
    b = random.getrandbits(random.randint(1, 400)) or 1
    try:
        out.append(repr(a / b))
    except OverflowError as e:
        out.append('OverflowError')
print("\n".join(out))
print(3 / 2**70, (int(1e308) * 2) / 2, 4742414760403045164566673185440883314292777038207 / 68215484491356094063399478821800443368117432169355091879, 1 / 2**1074, 1 / 2**1075, 3 / 2**1076)
try: 2**2000 / 3
except OverflowError as e: print(e)
