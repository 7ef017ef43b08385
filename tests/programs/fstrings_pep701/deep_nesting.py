x = 3
print(f"{f"{f"{f"{x}"}"}"}")
print(f"{f"{f"{x * 2}"} and {x}"}")
print(f"{'-'.join(f"{i}{f"{i * i}"}" for i in range(3))}")
depth = f"{f'{f"{f'{x}' * 2}" * 2}' * 2}"
print(depth, len(depth))
