x = 10
def read_then_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
read_then_assign()
def free_before_assignment():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()
print(free_before_assignment())
def missing():
    return undefined_name
try:
    missing()
except NameError as e:
    print(type(e).__name__, e)
try:
    print(prnt)
except NameError as e:
    print(type(e).__name__, e)
def aug():
    try:
        x += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
aug()
