a = [1, 2, 3]
for call in ['a.append()', 'a.append(1, 2)', 'a.insert(1)', 'a.extend(5)', 'a.sort(1)',
             'a.sort(key=1)', 'a.index()', 'a.count()', 'a + (4,)', 'a * "2"', 'a["x"]', 'a[1.0]',
             'a.nosuch', 'a.pop("x")']:
    try:
        eval(call)
    except Exception as e:
        print(call, '->', type(e).__name__, e)
print(a)
