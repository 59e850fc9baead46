{{ upper (list "a") }}
