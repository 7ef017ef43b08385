print(f"{(lambda x: x * 2)(21)}")
print(f"{ {'k': 1}['k'] }")
print(f"{ {1, 2} }")
print(f"{3 if True else 4}")
import datetime
d = datetime.date(2024, 2, 29)
print(f"{d:%Y/%m/%d}", f"{d!s}", f"{d:%d %b}")
print(f"{'a:b'}", f"{'::'}", f"{slice(1, 2)}")
x = 5
print(f"{x:{'0'}{'3'}}", f"{x!r:^5}|")
