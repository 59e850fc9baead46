{{ 1 }}|{{ 1.5 }}|{{ true }}|{{ list 1 2 }}|{{ dict "a" "b" }}|{{ "s" }}|{{ list }}|{{ dict }}
