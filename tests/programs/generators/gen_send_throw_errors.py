def g():
    yield 1
gen = g()
for call in [lambda: gen.send(1), lambda: gen.throw(5), lambda: gen.throw(int)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(list(g()))
