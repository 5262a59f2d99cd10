import { getTranslations } from "next-intl/server";
import { TextPage } from "@/components/layout/text-page";

export default async function CheckEmailPage() {
  const t = await getTranslations("SignUp");
  return (
    <TextPage title={t("checkEmailTitle")}>
      <p role="status">{t("checkEmailText")}</p>
    </TextPage>
  );
}
