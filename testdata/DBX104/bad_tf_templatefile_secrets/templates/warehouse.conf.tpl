[warehouse]
host = ${host}
user = ${user}
password = ${password}
