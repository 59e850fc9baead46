{{ substr 0 5 "hello world" }} {{ substr 6 -1 "hello world" }} {{ substr -1 3 "hello" }} {{ substr 2 99 "hello" }} {{ substr 2 2 "hello" }}|
