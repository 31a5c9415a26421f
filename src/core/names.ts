// Named persons: jieba tags known names nr and leaves unknown words (most given names) as x, so a
// name is a surname followed by one or two characters in a name-like token, a surname with
// 同学/小朋友/某某, or a placeholder that will hold a name ({{学生姓名}}).
import type { Token } from './segment';
import { execAll, Span } from './text';

// Common single surnames and the usual double ones; surnames that are everyday words when written
// alone (全, 和, 明, 时, 文 …) are left out: they made 全靠 or 时间 look like names. 冶 and 妥 are Hui
// surnames common in Qinghai; 朴 a Korean one common in Jilin.
const SURNAMES = new Set(
  ('冶妥朴王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤温康施牛樊葛邢伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳祝阮柯纪梅童凌毕裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆农司卓吉缪芦褚娄窦戚岑景晏瞿佟臧闵苟邬栾隋刁荣巫寇桑郎甄丛仲虞敖巩佘迟邝').split(''),
);
// Surnames that are everyday words (商, 全, 文 …): a name only with a given name and 同学 or 小朋友 after it.
const TITLED_SURNAMES = new Set('商全和明时文安常成向车包强单洪易卜幸从初宁云花池水晋迟练连那'.split(''));
const DOUBLE_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '令狐', '夏侯'];
// Words that start with a surname character but are not names.
const NOT_NAMES = new Set([
  '谢谢', '于是', '高兴', '方便', '周末', '周一', '周二', '周三', '周四', '周五', '周六', '周日', '明天', '明白', '文明', '和平', '成功',
  '安全', '常常', '时候', '万一', '金牌', '温馨', '温暖', '高峰', '金秋', '周到', '马上', '马虎', '黄金', '龙舟', '江湖', '华夏', '康复',
  // People every school talks about, who are not students of the class.
  '雷锋', '孔子', '孟子', '鲁迅', '李白', '杜甫', '白居易', '苏轼', '岳飞',
]);
// School years (高二选科, 初二年级), as whole words only: 高一鸣 is a name.
const SCHOOL_YEARS = new Set(['高一', '高二', '高三', '初一', '初二', '初三']);
// Characters that do not occur in a given name but do in words next to one (的, 周, 班, 有个小朋友 …) or end a place (姜庄镇).
const NOT_IN_GIVEN_NAME = /[镇乡县区省村的了着过是在有和与本这那周月日年天们班级校课老师家长同学说请要会让被把时间候样些么里边者性率类式等个围纹染疫]/;
// Characters that end a common noun or a village name but never a given name: jieba's dictionary
// tags thousands of such words nr (孔明灯, 胡萝卜, 夏令营, 白衬衫), and HMM joins a surname to them (鲍庄, 刘楼).
const NOT_LAST_IN_GIVEN_NAME = /[灯蚊虫节营镜衫裤袜鞋帽岛卜菜药病症菌费证户您于般质庄楼厝屯寨堡洼圩沟坝湾集店铺肉饭粥饼糕絮]$/;
// 戴好口罩, 戴上: a surname that is also a verb, with its complement, is no name unless a title follows (王好同学).
const VERB_COMPLEMENT = /^[好上]$/;
const TITLES = /^(同学|小朋友|某某|某)$/;
const PUPIL_TITLE = /^(?:同学|小朋友)$/;
const GLUED_BEFORE = new Set('班是和给让对把被请向跟叫');
const NAME_PLACEHOLDER = /(?:\{\{\s*|\$\{\s*|【|［)(?:学生)?(?:姓名|名字|学生)(?:\s*\}\}|\s*\}|】|］)/g;

// 王××, 林XX: a name masked by the sender is still a named student.
// 表现积极的同学是某某、某某……: a bare 某某 in a list of names stands for a name the writer masked.
const LISTED_MASK = /(?<=[是：:、，,])某某(?=[、，,…。；\s]|$)|某某(?=、)/g;
// Any one surname, as a regex character class.
const SURNAME = `[${[...SURNAMES].join('')}]`;
const MASKED_NAME = new RegExp(`${SURNAME}(?:[×xX*＊○〇]{2}|[×＊○〇])(?![A-Za-z])`, 'g');
// What makes a known two-character word (毛巾/nr, 祝贺/nr in jieba's dictionary) a person: a title or
// kinship word after it, or a list of names around it.
const NAME_EVIDENCE = /^(?:同学|小朋友|家长|妈妈|爸爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|宝贝|某某|、)/;

// 朵朵小朋友, 乐乐妈妈: a reduplicated nickname with a title or kinship word (not 天天, 常常, 宝宝).
const NICKNAME = /([\p{Script=Han}])\1(?=同学|小朋友|妈妈|爸爸|家长|奶奶|爷爷|外婆|外公)/gu;
const NOT_NICKNAME = /[天常人个刚慢好早渐偏宝星每多谢哈拜嘻爸妈奶爷姐哥弟妹叔婶舅姨]/; // 谢谢家长们 thanks, 哈哈 laughs, 爸爸妈妈 kin
// In quotes also no nickname: cheers and sounds (“棒棒”, “叮咚”), kinship words (“妈妈”).
const NOT_QUOTED_NICKNAME = /[棒呵嘿啦点滴叮咚乖妈爸奶爷姐哥弟妹叔婶舅姨]/;

const PET_NAME = /(?<![\p{Script=Han}])[小阿](?![学朋组班时区型卖商店姨])[\p{Script=Han}](?:[\p{Script=Han}](?=妈妈|爸爸|同学))?(妈妈|爸爸|家长|同学|奶奶|爷爷|外婆)/gu;

// 小宇这次又是倒数第一: a pet name opening a clause, with what a pupil did or got after it.
const PET_NAME_SUBJECT = /(?<![\p{Script=Han}])[小阿](?![学朋组班时区型卖商店姨心雨雪风])[\p{Script=Han}](?=这次|这回|又是|又考|又没|总是|每次|还是|竟然|居然|考了|得了|上课)/gu;

// 表扬朵朵, 批评我们班的“小太阳”乐乐: a reduplicated nickname right after praise or blame. Its
// look-behind is tried at every position, so it runs only where PRAISE_OR_BLAME is in the text.
const PRAISE_OR_BLAME = /表扬|批评|点名|恭喜|祝贺/;
const NICKNAME_PRAISED = new RegExp(`(?<=(?:${PRAISE_OR_BLAME.source})[^，。！？\\n]{0,12})(?!${NOT_NICKNAME.source}|${NOT_QUOTED_NICKNAME.source}|[姥公婆伯])([\\p{Script=Han}])\\1(?![们])`, 'gu');

// Uyghur, Kazakh, Tibetan and Mongolian names as written in Chinese (阿依努尔, 古丽娜尔, 买买提江, 次仁卓玛):
// jieba cuts them apart, and they carry no surname. A known head and at least three characters, all of
// them the transliteration's own (格桑花 and 巴特 are not names; 扎西德勒 and 乌兰察布 have no head here).
const TRANSLITERATED_NAME = /(?<![\p{Script=Han}])(?:阿依|古丽|迪丽|热依|帕提|阿卜|吐尔|买买提|艾力|艾尼|阿布|玛依|依力|米热|祖丽|阿迪|巴特|其其格|娜仁|卓玛|次仁|央金|德吉|旦增|格桑)[阿依努尔古丽娜买提江艾力迪热巴木合麦吐孜克汗斯坦拉尼扎帕夏米玛哈萨衣亚穆罕默德优素甫布都则再伊凯赛西图姆吉仁珍措卓增桑宗曲]{1,5}/gu;

// A pupil the writer points at without a name: W同学 (initials), 学号23号, 马家老二, a 小- nickname in
// quotes (“小钢炮”这回; reduplicated ones are QUOTED_NICKNAME), a reduplicated nickname praised or blamed (表扬朵朵), 姓周的那个男生, 第二组靠窗那个扎马尾的小姑娘. Each picks out one child
// as surely as a name does, so each counts where a name counts (N2 praise and criticism, N5).
const PUPIL_REFERENCES = [
  /(?<![A-Za-z0-9])[A-Z](?=同学|小朋友)/g,
  /学号\s*(?:为|是)?\s*\d{1,3}\s*号/g,
  new RegExp(`${SURNAME}家(?:的)?老[大二三四五幺](?![师板婆公爷])`, 'g'),
  /“小[\p{Script=Han}]{1,2}(?=”(?:这回|这次|今天|昨天|又|上课|考|把|同学|小朋友))”/gu,
  NICKNAME_PRAISED,
  TRANSLITERATED_NAME,
  new RegExp(`姓${SURNAME}的?(?:那个|这个|那位|这位)?(?:男生|女生|男孩|女孩|同学|孩子|小朋友|小姑娘|小伙子)`, 'g'),
  /(?:第[一二三四五六七八九十\d]+(?:排|组|桌|列)|前排|后排|最后一排|靠窗|靠门|讲台边)[^，。！？\n]{0,10}(?:那个|那位|那对)[^，。！？\n]{0,8}(?:男孩|女孩|男娃|女娃|男生|女生|小姑娘|小伙子|小子|丫头|孩子|同学|小朋友|哥哥|弟弟|姐姐|妹妹)/g,
];

// “豆豆”: a reduplicated nickname in quotes.
const QUOTED_NICKNAME = /“([\p{Script=Han}])\1”/gu;

const isHan = (s: string) => /^\p{Script=Han}+$/u.test(s);
// Where a name can start (a surname, the first character of a double one, a function character
// glued to a surname), unless jieba did not know the word (x): most tokens are ruled out at once.
const MAY_START_NAME = new Set([...SURNAMES, ...TITLED_SURNAMES, ...DOUBLE_SURNAMES.map((d) => d[0]), ...GLUED_BEFORE]);

export function findNames(text: string, tokens: Token[]): Span[] {
  const names: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.tag !== 'x' && !MAY_START_NAME.has(t.word[0])) continue;
    const next = tokens[i + 1];
    // 谢谢您, 周末好, 龙舟节: a word that is not a name stays none with a character after it.
    if (!isHan(t.word) || NOT_NAMES.has(t.word) || NOT_NAMES.has(t.word.slice(0, 2)) || SCHOOL_YEARS.has(t.word)) continue;
    // 班王/x 小雨/nr, 班王/x 同学: a function character glued to the surname before a given name or title.
    // 班祁/x 正阳/ns 同学: with a title after it, the given name may carry any tag (a place name's too).
    if (t.word.length === 2 && GLUED_BEFORE.has(t.word[0]) && SURNAMES.has(t.word[1]) && next && (TITLES.test(next.word) || ((/^(nr|x|i)$/.test(next.tag) || TITLES.test(tokens[i + 2]?.word ?? '')) && next.word.length <= 2 && isHan(next.word)))) {
      names.push([t.start + 1, next.end]);
      i++;
      continue;
    }
    // 鹿恩语/x 同学: a word jieba does not know, right before 同学 or 小朋友, is a name whatever its surname;
    // 上冶欣妍/x 同学: so is one with a character glued before a surname (汇演上|冶欣妍).
    if (t.tag === 'x' && PUPIL_TITLE.test(next?.word ?? '')) {
      const from = t.word.length === 4 && SURNAMES.has(t.word[1]) ? 1 : 0;
      const name = t.word.slice(from);
      if (name.length >= 2 && name.length <= 3 && !NOT_IN_GIVEN_NAME.test(name.slice(1))) {
        names.push([t.start + from, t.end]);
        continue;
      }
    }
    // 高一/b 鸣/v 同学, 商/n 晨曦/n 同学: a surname and a given name right before 同学 or 小朋友, whatever
    // two words jieba cut them into; a surname that is an everyday word alone (商, 全) only as a word of its own.
    const after = tokens[i + 2];
    const titledSurname = t.word.length === 1 && TITLED_SURNAMES.has(t.word) && /^(n|nr|x|ns|nz|a|ng)$/.test(t.tag);
    if ((SURNAMES.has(t.word[0]) || titledSurname) && next && isHan(next.word) && t.word.length + next.word.length <= 3 && !NOT_IN_GIVEN_NAME.test(t.word.slice(1) + next.word) && PUPIL_TITLE.test(after?.word ?? '')) {
      names.push([t.start, next.end]);
      i++;
      continue;
    }
    const surnameLen = DOUBLE_SURNAMES.some((d) => t.word.startsWith(d)) ? 2 : SURNAMES.has(t.word[0]) ? 1 : 0;
    if (!surnameLen) continue;
    // 马浩宇家/x: an unknown word may carry the 家 or 的 that follows the name.
    const rest = t.word.slice(surnameLen);
    const given = t.tag === 'x' && t.word.length >= 3 ? rest.replace(/[家的]$/, '') : rest;
    // 李医生/nr, 王校长: a surname with a staff title is a member of staff, not a pupil.
    if (STAFF_TITLE.test(given)) continue;
    // 管一管, 说一说: a verb said twice around 一, not a surname and a given name.
    if (given.length === 2 && given[0] === '一' && given[1] === t.word[0]) continue;
    // 刘同学/nr: jieba may keep a surname and its title as one word.
    if (TITLES.test(given)) {
      names.push([t.start, t.end]);
      continue;
    }
    // 戴上/x 了: a word followed by the aspect particle 了, 着 or 过 is a verb, not a name.
    if (next && /^(ul|uz|ug)$/.test(next.tag)) continue;
    // 刘一航/x, 李四同学: a whole token that is surname + given name; a two-character word jieba knows
    // as nr (毛巾, 祝贺) only with evidence that it names a person.
    const known = t.word.length === 2 && t.tag === 'nr';
    // 、 before it counts as a list of names only when the item before it was a name (随地吐痰、张口就骂人 lists acts).
    const listedAfterName = tokens[i - 1]?.word === '、' && names.length > 0 && names[names.length - 1][1] === tokens[i - 1].start;
    if (known && !NAME_EVIDENCE.test(next?.word ?? '') && !listedAfterName) {
      // 王子/nr 涵 同学: the known word is the start of a three-character name that has its evidence after it.
      if (next && next.word.length === 1 && isHan(next.word) && !NOT_IN_GIVEN_NAME.test(next.word) && NAME_EVIDENCE.test(after?.word ?? '')) {
        names.push([t.start, next.end]);
        i++;
      }
      continue;
    }
    if (given.length >= 1 && given.length <= 2 && /^(nr|nrfg|nrt|x)$/.test(t.tag) && !NOT_IN_GIVEN_NAME.test(given) && !NOT_LAST_IN_GIVEN_NAME.test(given) && !(VERB_COMPLEMENT.test(given) && !NAME_EVIDENCE.test(next?.word ?? ''))) {
      names.push([t.start, t.start + surnameLen + given.length]);
      continue;
    }
    if (t.word.length !== surnameLen || !next) continue;
    // 李/nr 同学, 王/nr 某某: a surname with a title is a named person.
    if (TITLES.test(next.word)) {
      names.push([t.start, next.end]);
      i++;
      continue;
    }
    // 陈/nr 浩然/a, 郑/ns 博文/nr: a surname token jieba took for a name part, then the given name.
    // 张/q counts too unless a numeral comes before it (三/m 张/q 纸 is a measure word).
    // 马/n 欣怡/i 的妈妈: any surname token, when a title or kinship word (after 的) follows the given name.
    const evidenceAfter = NAME_EVIDENCE.test(after?.word ?? '') || (after?.word === '的' && NAME_EVIDENCE.test(tokens[i + 3]?.word ?? ''));
    // 何/r 俊杰/nr: a given name jieba itself knows as part of a name makes the surname one, whatever its tag.
    const surnameTag = /^(nr|ns|nrfg|zg)$/.test(t.tag) || (t.tag === 'q' && tokens[i - 1]?.tag !== 'm') || evidenceAfter || (next?.tag === 'nr' && next.word.length === 2);
    // 祁/ns 正阳/ns 同学: with 同学 or 小朋友 after it, the given name may carry any tag.
    // 吴/nr 昊天/nz: 天 ends many given names (昊天, 佑天) though 今天, 几天 are no names.
    const givenName = /^(nr|nz)$/.test(next.tag) && next.word.length === 2 && next.word[1] === '天' && !TIME_BEFORE_DAY.test(next.word[0]) ? next.word[0] : next.word;
    if (surnameTag && (/^(nr|x|a|nz|g|i)$/.test(next.tag) || TITLES.test(after?.word ?? '')) && isHan(next.word) && next.word.length <= 2 && !NOT_IN_GIVEN_NAME.test(givenName) && !NOT_LAST_IN_GIVEN_NAME.test(next.word)) {
      names.push([t.start, next.end]);
      i++;
    }
  }
  // 小明妈妈, 小红同学: a pet name with a family title or 同学 names a student too.
  for (const m of execAll(PET_NAME, text)) names.push([m.index!, m.index! + m[0].length - m[1].length]);
  for (const m of execAll(PET_NAME_SUBJECT, text)) names.push([m.index!, m.index! + m[0].length]);
  for (const m of execAll(NAME_PLACEHOLDER, text)) names.push([m.index!, m.index! + m[0].length]);
  for (const m of execAll(NICKNAME, text)) if (!NOT_NICKNAME.test(m[1]) && text[m.index! - 1] !== m[1]) names.push([m.index!, m.index! + 2]);
  for (const m of execAll(MASKED_NAME, text)) names.push([m.index!, m.index! + m[0].length]);
  for (const m of execAll(LISTED_MASK, text)) names.push([m.index!, m.index! + m[0].length]);
  const praisedOrBlamed = PRAISE_OR_BLAME.test(text);
  for (const re of PUPIL_REFERENCES) {
    if (re === NICKNAME_PRAISED && !praisedOrBlamed) continue;
    for (const m of execAll(re, text)) names.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of execAll(QUOTED_NICKNAME, text)) if (!NOT_NICKNAME.test(m[1]) && !NOT_QUOTED_NICKNAME.test(m[1])) names.push([m.index!, m.index! + 4]);
  // 陈炳倩园长, 刘一航老师: a name with a staff title names a member of staff, not a pupil; 曹溪中心校,
  // 第郎幼儿园: a name before an institution or a place word names that place.
  return names
    .filter(([, end]) => {
      const following = text.slice(end, end + 4);
      return !STAFF_TITLE.test(following) && !PLACE_AFTER.test(following);
    })
    .sort((a, b) => a[0] - b[0]);
}

const TIME_BEFORE_DAY = /[今明昨前后每当整半几哪一二三四五六七八九十两全白夏冬春秋雨晴阴]/;
const PLACE_AFTER = /^(?:中心校|中心小学|完小|幼儿园|小学|中学|学校|大学|学院|医院|卫生院|公司|派出所|街道|社区|[镇乡村](?![长民干医]))/;

const STAFF_TITLE = /^(?:副)?(?:老师|园长|校长|主任|书记|教练|辅导员|局长|医生|护士)/;
