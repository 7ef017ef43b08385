print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print((255).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'\x00\x01', 'little'))
print((10).as_integer_ratio(), (7).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((-5).__abs__(), (3).__neg__(), (3).__add__(4), (3).__radd__(4), (3).__add__('x'))
print(int.__name__, type(5) is int, isinstance(True, int), issubclass(bool, int))
try:
    (300).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
print((3).is_integer() if hasattr(int, 'is_integer') else 'no is_integer')
