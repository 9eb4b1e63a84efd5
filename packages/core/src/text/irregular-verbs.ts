/**
 * English irregular past forms → the base verb, so that "flew", "fell", "swam" find the same
 * stem as "fly", "fall", "swim" (Snowball leaves them apart). Forms that are also common
 * nouns or adverbs in dream reports ("left", "saw", "bit", "lay", "sank", "tore") stay out.
 */
const TABLE = `fly:flew,flown fall:fell,fallen run:ran swim:swam,swum bite:bitten eat:ate,eaten
drive:drove,driven ride:rode,ridden hide:hid,hidden catch:caught buy:bought
wear:wore,worn throw:threw,thrown dig:dug sing:sang,sung
forget:forgot,forgotten wake:woke,woken drink:drank shoot:shot sting:stung creep:crept
flee:fled bleed:bled feed:fed meet:met grow:grew,grown blow:blew,blown give:gave,given
write:wrote,written sell:sold pay:paid win:won sleep:slept feel:felt hold:held hang:hung
build:built burn:burnt dream:dreamt,dreamed fight:fought find:found lose:lost seek:sought
choose:chose,chosen speak:spoke,spoken sink:sunk shake:shook,shaken dive:dove weep:wept
kneel:knelt cling:clung swing:swung slide:slid strike:struck teach:taught think:thought
bring:brought go:gone,went begin:began,begun sit:sat stand:stood`;

export const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(
  TABLE.split(/\s+/).flatMap((entry) => {
    const [base = "", forms = ""] = entry.split(":");
    return forms.split(",").map((form) => [form, base] as [string, string]);
  }),
);
