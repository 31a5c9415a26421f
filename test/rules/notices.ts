// Notices shared by the M5 rule tests: a well-formed one, and its parts.
export const GOOD_NOTICE = '各位家长：\n本周五（11月27日）下午14:30在学校报告厅召开家长会。\n三年级二班\n2026年11月24日';

export const FLAG_CEREMONY = '各位家长：\n12月1日（星期二）上午8:00在学校操场举行升旗仪式，请学生穿校服。\n城西区第一小学\n2026年11月24日';
