def f():
    pass
def g():
    ...
class C:
    pass
print(f(), g(), C.__name__)
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    ...
while False:
    pass
print("done")
