test
--cases
rubric/anhui-2024.cases
