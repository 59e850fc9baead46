{{ $h := bcrypt "password" }}{{ len $h }} {{ regexMatch "^\\$2a\\$10\\$[./A-Za-z0-9]{53}$" $h }}
