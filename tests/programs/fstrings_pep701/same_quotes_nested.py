d = {'key': 'value', "k2": 2}
print(f"{d["key"]}")
print(f'{d['k2']}')
names = ['ann', 'bob']
print(f"{", ".join(names)}")
print(f"{"nested " + "strings"}")
print(f'{'single' + 'quotes'}')
print(f"""{"""triple""" + 'x'}""")
print(f"{'mixed'} {"double"} {'''triple single'''}")
