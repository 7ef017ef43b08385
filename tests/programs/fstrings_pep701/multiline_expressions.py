values = [1, 2, 3]
result = f"total: {
    sum(
        v * 10
        for v in values
    )
}"
print(result)
print(f"{
    'first'   # a comment inside the replacement field
    + '-second'
}")
data = {'a': 1}
print(f"""{
    data[
        'a'
    ]
} end""")
