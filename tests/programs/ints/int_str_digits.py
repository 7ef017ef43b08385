import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
s = str(10 ** 4299)
print(len(s))
try:
    int('1' * 4301)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
print(hex(big)[:10])
