print(chr(65), chr(0x3b1), ord('A'), ord('\n'), ord('€'), [chr(c) for c in range(97, 102)])
print(bin(10), bin(-10), oct(64), hex(255), hex(-1), hex(2 ** 64), bin(0), oct(0), hex(0))
print(int(bin(37), 2), int(hex(999), 16), int(oct(8), 8))
print(divmod(100, 7), divmod(-100, 7), pow(3, 4), pow(3, 4, 5), round(3.14159, 3), round(-1.5))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
