"""Movements: sentences and the movements they must yield."""
import pytest

from graph_builder.extract.movements import extract_movements
from graph_builder.facts import Sentence
from graph_builder.text import canonical


def movements(*texts):
    out, pos = [], 0
    for t in texts:
        out.append(Sentence(pos, pos + len(t), t, canonical(t)))
        pos += len(t) + 1
    return [(m.name, m.kind, m.aliases) for m in extract_movements(out)]


def test_short_name_names_the_movement_and_long_forms_are_aliases():
    got = movements(
        "Ban Thường trực tổ chức hội nghị tập huấn phong trào “Đoàn kết sáng tạo, nâng cao hiệu quả, chất "
        "lượng; hội nhập quốc tế” (gọi tắt là phong trào “Đoàn kết sáng tạo”) cho cán bộ.",
        "Hội nghị nhằm thực hiện tốt phong trào “Đoàn kết sáng tạo”.")
    assert got == [("Đoàn kết sáng tạo", "movement",
                    ["Đoàn kết sáng tạo, nâng cao hiệu quả, chất lượng; hội nhập quốc tế"])]


def test_long_form_without_gọi_tắt_joins_the_short_one():
    got = movements(
        'Ông Bình chủ trì tọa đàm phong trào thi đua "Đoàn kết sáng tạo, nâng cao năng suất, chất lượng, '
        'hiệu quả, hội nhập quốc tế" trên địa bàn tỉnh.',
        'Phong trào "Đoàn kết sáng tạo" đã tạo động lực mạnh mẽ.')
    assert got == [("Đoàn kết sáng tạo", "movement",
                    ["Đoàn kết sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế"])]


def test_list_items_without_keyword():
    got = movements("Cán bộ được cung cấp kỹ năng; Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, "
                    "đô thị văn minh”; “Người Việt Nam ưu tiên dùng hàng Việt Nam”, phong trào thi đua "
                    "“Đoàn kết sáng tạo”….")
    assert sorted((n, k) for n, k, _ in got) == [
        ("Người Việt Nam ưu tiên dùng hàng Việt Nam", "campaign"),
        ("Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "campaign"),
        ("Đoàn kết sáng tạo", "movement")]


def test_mixed_quotes():
    got = movements("Triển khai phong trào \"Đoàn kết sáng tạo\" gắn thực hiện cuộc vận động “Toàn dân đoàn "
                    "kết xây dựng nông thôn mới, đô thị văn minh\", tiêu biểu như mô hình.")
    assert [n for n, _, _ in got] == ["Đoàn kết sáng tạo",
                                      "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"]


@pytest.mark.parametrize("text", [
    "Tiêu biểu như mô hình “Tuyến đường tự quản gắn cơ sở thờ tự các tôn giáo” của Phú Ninh.",
    "Hội Nông dân thực hiện phong trào gắn với phong trào của hội thông qua các chương trình.",
    "Các cấp Hội duy trì nhiều mô hình như “Một ngày vì phụ nữ nghèo”, \"Bữa cơm từ thiện”.",
])
def test_models_and_generic_movements_are_not_movements(text):
    assert movements(text) == []
