z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z)
print(z + 1, z * 2, z * z, z / 2, (1 + 2j) / (3 - 4j))
print(complex(1, 2), complex('1+2j'), complex(), complex(2), 1j ** 2)
print(repr(1j), repr(-1j), repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(1 + 0j))
print(z == 3 + 4j, z != 3, complex(3, 0) == 3)
try:
    z < 1
except TypeError as e:
    print(type(e).__name__, e)
print(format(z, '.2f'), hash(1 + 0j) == hash(1))
