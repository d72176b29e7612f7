// dxtranslations carries the compiled Simplified Chinese catalogue as a Qt resource (:/i18n/).
int dxTranslationsAnchor = 0;
