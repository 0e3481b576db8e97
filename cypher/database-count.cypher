// Run on the system database: how many databases carry the configured name (0 or 1).
SHOW DATABASES YIELD name WHERE name = $name RETURN count(*) AS found
