def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []))
def safe(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe(1), safe(2))
n = 10
def capture(v=n):
    return v
n = 20
print(capture())
def evaluated_once(x=print('defaults evaluated') or 5):
    return x
print(evaluated_once(), evaluated_once())
