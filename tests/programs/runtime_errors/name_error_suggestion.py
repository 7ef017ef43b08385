counter = 0
print(counter)
print(countr)
