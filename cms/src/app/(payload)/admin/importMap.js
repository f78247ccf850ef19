import { SlugLabel as SlugLabel_fe31eefd88d0760f6a1159875d838f40 } from '../../../admin/SlugLabel'
import { ViewOnSite as ViewOnSite_624b04450725e44e9a451f82a65b155f } from '../../../admin/ViewOnSite'
import { CharacterCount as CharacterCount_c73aefed3f59f0df2d86ecfb6317eba2 } from '../../../admin/CharacterCount'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { NotifyAudience as NotifyAudience_f6de17cbbb2789e92fe88d881d8605dc } from '../../../admin/NotifyAudience'
import { EagerGroup as EagerGroup_5596e5bce6ec47595da3bf8f73bf9ce8 } from '../../../admin/EagerGroup'
import { SmsParts as SmsParts_6f70264305cde4cf708987420cf00523 } from '../../../admin/SmsParts'
import { Open311KeyIssuer as Open311KeyIssuer_1b9d40be8bc650c5168a0a05985262b7 } from '../../../admin/Open311KeyIssuer'
import { PublishReasonsCell as PublishReasonsCell_67a23e3c574fc54067bc0647613b278b } from '../../../admin/PublishReasons'
import { PublishReasonsField as PublishReasonsField_67a23e3c574fc54067bc0647613b278b } from '../../../admin/PublishReasons'
import { PublishActions as PublishActions_fd6d865b3a5a8e131b18eb49786fed27 } from '../../../admin/PublishActions'
import { PasswordField as PasswordField_3817bf644402e67bfe6577f60ef982de } from '@payloadcms/ui'
import { GminaIcon as GminaIcon_05a7c97dd302409c5aaa85c7b9fb5492 } from '../../../admin/GminaIcon'
import { GminaLogo as GminaLogo_541f708d583f16b21a59133ff08d6542 } from '../../../admin/GminaLogo'
import { NotificationsReportLink as NotificationsReportLink_92e5912f8507e38703dab0dae1d02bcf } from '../../../admin/NotificationsReport'
import { StatisticsNavLink as StatisticsNavLink_6996c0582adb77f1eb6989c3c12fd6fa } from '../../../admin/StatisticsNavLink'
import { TodayPanel as TodayPanel_8e60f194c60c9b37258ec528318d824e } from '../../../admin/TodayPanel'
import { PublishedToast as PublishedToast_1366abacc04cc1f7281c115bc7b7ddc9 } from '../../../admin/PublishedToast'
import { NotificationsReport as NotificationsReport_92e5912f8507e38703dab0dae1d02bcf } from '../../../admin/NotificationsReport'
import { StatisticsView as StatisticsView_22ff7e1b1a5a7127958b1a833a6b8137 } from '../../../admin/StatisticsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/SlugLabel#SlugLabel": SlugLabel_fe31eefd88d0760f6a1159875d838f40,
  "/admin/ViewOnSite#ViewOnSite": ViewOnSite_624b04450725e44e9a451f82a65b155f,
  "/admin/CharacterCount#CharacterCount": CharacterCount_c73aefed3f59f0df2d86ecfb6317eba2,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/NotifyAudience#NotifyAudience": NotifyAudience_f6de17cbbb2789e92fe88d881d8605dc,
  "/admin/EagerGroup#EagerGroup": EagerGroup_5596e5bce6ec47595da3bf8f73bf9ce8,
  "/admin/SmsParts#SmsParts": SmsParts_6f70264305cde4cf708987420cf00523,
  "/admin/Open311KeyIssuer#Open311KeyIssuer": Open311KeyIssuer_1b9d40be8bc650c5168a0a05985262b7,
  "/admin/PublishReasons#PublishReasonsCell": PublishReasonsCell_67a23e3c574fc54067bc0647613b278b,
  "/admin/PublishReasons#PublishReasonsField": PublishReasonsField_67a23e3c574fc54067bc0647613b278b,
  "/admin/PublishActions#PublishActions": PublishActions_fd6d865b3a5a8e131b18eb49786fed27,
  "@payloadcms/ui#PasswordField": PasswordField_3817bf644402e67bfe6577f60ef982de,
  "/admin/GminaIcon#GminaIcon": GminaIcon_05a7c97dd302409c5aaa85c7b9fb5492,
  "/admin/GminaLogo#GminaLogo": GminaLogo_541f708d583f16b21a59133ff08d6542,
  "/admin/NotificationsReport#NotificationsReportLink": NotificationsReportLink_92e5912f8507e38703dab0dae1d02bcf,
  "/admin/StatisticsNavLink#StatisticsNavLink": StatisticsNavLink_6996c0582adb77f1eb6989c3c12fd6fa,
  "/admin/TodayPanel#TodayPanel": TodayPanel_8e60f194c60c9b37258ec528318d824e,
  "/admin/PublishedToast#PublishedToast": PublishedToast_1366abacc04cc1f7281c115bc7b7ddc9,
  "/admin/NotificationsReport#NotificationsReport": NotificationsReport_92e5912f8507e38703dab0dae1d02bcf,
  "/admin/StatisticsView#StatisticsView": StatisticsView_22ff7e1b1a5a7127958b1a833a6b8137,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
